package vn.haicap.document.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.haicap.account.CurrentUser;
import vn.haicap.document.SearchHit;
import vn.haicap.document.SearchIndex;
import vn.haicap.document.SearchResults;
import vn.haicap.shared.PageRequest;

@RestController
@Tag(name = "Search", description = "Dossiers and documents by words, code, person, unit or date")
class SearchRestController {

    /** {@code totalIsLowerBound}: the query matches more than {@code total} items, which were not all counted. */
    record SearchPage(List<SearchHit> items, long total, boolean totalIsLowerBound, int page, int size) {}

    private final SearchIndex index;

    SearchRestController(SearchIndex index) {
        this.index = index;
    }

    @GetMapping("/api/v1/search")
    @Operation(
            summary = "Search what the caller may see, best first; diacritics and tone placement ignored, words"
                    + " matched as prefixes, matches in <mark>")
    SearchPage search(
            @Parameter(description = "words, a code, a name, a unit, a date (dd/mm/yyyy)") @RequestParam String q,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        SearchResults result = index.search(q, CurrentUser.get(), new PageRequest(page, size));
        return new SearchPage(result.items(), result.total(), result.totalIsLowerBound(), result.page(), result.size());
    }
}
