-- The drill-down of a commune's month lists its dossiers in order of receipt, 50 at a time: with only the
-- index on received_at the planner walked the whole month in order (half a million dossiers at national
-- scale) to find the commune's first 50; this one reads the commune's month alone, already in order.
create index if not exists dossier_commune_received on dossier.dossier (receiving_commune, received_at);
