-- The staff in post of a province or commune on a day: the spans of the unit that began by then, most of
-- them still in force. Read through these indexes alone (the refresh vacuums the view so that they can be),
-- a province's 17,000 spans take a hundred index pages instead of 5,000 heap pages spread over the view.
drop index report.staff_span_province;
drop index report.staff_span_unit;
create index staff_span_province on report.staff_span (province, valid_from)
    include (valid_to, unit, category, sex, rank, position_group, specialism, people);
create index staff_span_unit on report.staff_span (unit, valid_from)
    include (valid_to, agency, category, sex, rank, position_group, specialism, people);
