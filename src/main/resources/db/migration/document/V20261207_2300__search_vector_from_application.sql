-- The vector was a generated column. The application now sends it as tsvector text (SearchVector): parsing the
-- folded text was most of the cost of writing an item, and reading a finished vector costs a third of it. The
-- trigger computes it as the column did whenever a writer sends none, or changes the text but not the vector.
alter table document.search_item alter column vector drop expression;

create function document.search_item_vector() returns trigger language plpgsql as $$
begin
    new.vector := setweight(to_tsvector('simple', new.folded_title), 'A')
        || setweight(to_tsvector('simple', new.folded), 'B');
    return new;
end
$$;

create trigger search_item_vector_on_insert before insert on document.search_item
    for each row when (new.vector is null)
    execute function document.search_item_vector();

create trigger search_item_vector_on_update before update on document.search_item
    for each row when (new.vector is null
        or (new.vector = old.vector
            and (new.folded is distinct from old.folded or new.folded_title is distinct from old.folded_title)))
    execute function document.search_item_vector();
