-- Issue 6: SCB's statistical areas (DeSO, RegSO) are districts of their own kind (the kind column exists
-- since V7_0; DISTRICT stays the default). An incident carries the DeSO it lies in, found from its
-- position at report time and by a backfill after a DeSO import, so the lägesbild (Lag 2023:196 4 §)
-- can relate incidents to SCB's population statistics per area.
alter table incident add column statistical_area_id bigint references district(id);
create index incident_statistical_area on incident (municipality_id, statistical_area_id);
create index district_kind on district (municipality_id, kind);
