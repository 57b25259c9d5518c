-- The default categories for the municipalities that existed before the register; municipalities created
-- later get them from IncidentCategories when they are created.
insert into incident_category (municipality_id, code, name, description, guideline, offensive, active, sort_order)
select m.id, 'graffiti', 'Klotter', 'Klotter och taggar på byggnader, skyltar, bänkar och annat.', 'GRAFFITI', false, true, 10
  from municipality m
 where not exists (select 1 from incident_category c where c.municipality_id = m.id and c.code = 'graffiti');
insert into incident_category (municipality_id, code, name, description, guideline, offensive, active, sort_order)
select m.id, 'graffiti-offensive', 'Klotter – kränkande',
       'Klotter med rasistiskt, sexistiskt eller annat kränkande innehåll; tas bort inom 24 timmar på vardagar.',
       'GRAFFITI', true, true, 20
  from municipality m
 where not exists (select 1 from incident_category c where c.municipality_id = m.id and c.code = 'graffiti-offensive');
insert into incident_category (municipality_id, code, name, description, guideline, offensive, active, sort_order)
select m.id, 'vandalism', 'Övrig skadegörelse', 'Krossat glas, förstörda bänkar, lekredskap och annan skadegörelse.', 'OTHER', false, true, 30
  from municipality m
 where not exists (select 1 from incident_category c where c.municipality_id = m.id and c.code = 'vandalism');
