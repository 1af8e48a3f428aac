package vn.haicap.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SearchMatchTests {

    @Test
    void wordsInMostItemsAreLeftOutOfTheIndexScanOnly() {
        SearchIndex.Match match = SearchIndex.Match.of(List.of("nguyen", "hoa", "noi"), false, Set.of("noi", "nguyen"));

        assertThat(match.full()).isEqualTo("nguyen & hoa & noi");
        assertThat(match.indexed()).isEqualTo("hoa");
        assertThat(match.condition())
                .contains(":indexed")
                .contains("ts_match_vq(vector, to_tsquery('simple', :query))");
    }

    @Test
    void aQueryOfCommonWordsOnlyIsLookedUpWhole() {
        SearchIndex.Match match = SearchIndex.Match.of(List.of("ha", "noi"), false, Set.of("noi", "ha"));

        assertThat(match.indexed()).isEqualTo(match.full()).isEqualTo("ha & noi");
        assertThat(match.condition()).isEqualTo("vector @@ to_tsquery('simple', :query)");
    }

    @Test
    void prefixesAndCodesAreAlwaysLookedUp() {
        SearchIndex.Match match = SearchIndex.Match.of(List.of("2025", "ha", "noi"), true, Set.of("noi", "ha", "2025"));

        assertThat(match.full()).isEqualTo("2025:* & ha & noi:*");
        assertThat(match.indexed()).isEqualTo("2025:* & noi:*");
    }

    @Test
    void pagesStopAtTheLastRankedMatch() {
        assertThat(SearchResults.counted(List.of(), SearchIndex.COUNT_CAP + 1L, 0, 20)
                        .hasNext())
                .isTrue();
        assertThat(SearchResults.counted(List.of(), SearchIndex.COUNT_CAP + 1L, 49, 20)
                        .hasNext())
                .isFalse();
        assertThat(SearchResults.counted(List.of(), 3, 0, 2).hasNext()).isTrue();
        assertThat(SearchResults.counted(List.of(), 3, 1, 2).hasNext()).isFalse();
    }
}
