-- The EST default categories (issue 6) for the municipalities that exist now; new municipalities get them
-- from IncidentCategories. Damage (skadegörelse) is the existing category 'vandalism'. Not Open311 services.
insert into incident_category (municipality_id, code, name, description, guideline, offensive, active, sort_order, open311)
select m.id, 'public-disorder', 'Ordningsstörning', 'Bråk, skrik, störande beteende på allmän plats.', 'OTHER', false, true, 110, false
  from municipality m
 where not exists (select 1 from incident_category c where c.municipality_id = m.id and c.code = 'public-disorder');
insert into incident_category (municipality_id, code, name, description, guideline, offensive, active, sort_order, open311)
select m.id, 'gathering', 'Folksamling som skapar otrygghet', 'Grupper som samlas på ett sätt som gör att andra känner sig otrygga.', 'OTHER', false, true, 120, false
  from municipality m
 where not exists (select 1 from incident_category c where c.municipality_id = m.id and c.code = 'gathering');
insert into incident_category (municipality_id, code, name, description, guideline, offensive, active, sort_order, open311)
select m.id, 'unsafe-place', 'Otrygg plats', 'En plats som upplevs otrygg: dålig belysning, skymd sikt, nedgångna miljöer.', 'OTHER', false, true, 130, false
  from municipality m
 where not exists (select 1 from incident_category c where c.municipality_id = m.id and c.code = 'unsafe-place');
insert into incident_category (municipality_id, code, name, description, guideline, offensive, active, sort_order, open311)
select m.id, 'littering', 'Nedskräpning', 'Skräp, dumpat avfall, kanyler eller glas på allmän plats.', 'OTHER', false, true, 140, false
  from municipality m
 where not exists (select 1 from incident_category c where c.municipality_id = m.id and c.code = 'littering');
insert into incident_category (municipality_id, code, name, description, guideline, offensive, active, sort_order, open311)
select m.id, 'fire', 'Brand/anlagd brand', 'Brand i papperskorg, container, fordon eller byggnad, även misstänkt anlagd.', 'OTHER', false, true, 150, false
  from municipality m
 where not exists (select 1 from incident_category c where c.municipality_id = m.id and c.code = 'fire');
insert into incident_category (municipality_id, code, name, description, guideline, offensive, active, sort_order, open311)
select m.id, 'threat-staff', 'Hot eller våld mot personal', 'Hot, trakasserier eller våld mot personal i tjänst.', 'OTHER', false, true, 160, false
  from municipality m
 where not exists (select 1 from incident_category c where c.municipality_id = m.id and c.code = 'threat-staff');
insert into incident_category (municipality_id, code, name, description, guideline, offensive, active, sort_order, open311)
select m.id, 'drug-dealing', 'Misstänkt narkotikaförsäljning', 'Iakttagelser som tyder på narkotikaförsäljning.', 'OTHER', false, true, 170, false
  from municipality m
 where not exists (select 1 from incident_category c where c.municipality_id = m.id and c.code = 'drug-dealing');
insert into incident_category (municipality_id, code, name, description, guideline, offensive, active, sort_order, open311)
select m.id, 'event', 'Händelse', 'Annan händelse av betydelse för tryggheten.', 'OTHER', false, true, 180, false
  from municipality m
 where not exists (select 1 from incident_category c where c.municipality_id = m.id and c.code = 'event');
