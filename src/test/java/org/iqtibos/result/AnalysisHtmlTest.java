package org.iqtibos.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.iqtibos.Language;
import org.iqtibos.Script;
import org.junit.jupiter.api.Test;

class AnalysisHtmlTest {
    private static final String TEXT = "<u>Ali & Co</u> said: \"Vali's plan\" in Tashkent.";

    private static ArticleAnalysis analysis() {
        int ali = TEXT.indexOf("Ali & Co");
        int tashkent = TEXT.indexOf("Tashkent");
        int quote = TEXT.indexOf("Vali's plan");
        Entity org = new Entity("O1", EntityType.ORGANIZATION, "Ali <&> Co", null, List.of(), null,
                List.of(Mention.of(TEXT, ali, ali + 8)));
        Entity person = new Entity("P1", EntityType.PERSON, "Vali", null, List.of(), null,
                List.of(Mention.of(TEXT, quote, quote + 4)));
        Entity place = new Entity("L1", EntityType.PLACE, "Tashkent", "geonames:1", List.of(), null,
                List.of(Mention.of(TEXT, tashkent, tashkent + 8)));
        Quote q = new Quote("Vali's plan", quote, quote + 11, QuoteType.DIRECT, "O1", "Ali <&> Co", null,
                Mention.of(TEXT, TEXT.indexOf("said"), TEXT.indexOf("said") + 4));
        return new ArticleAnalysis(Language.EN, Script.LATN, List.of(person), List.of(org), List.of(place), List.of(q));
    }

    @Test
    void everythingIsEscapedAndMarksNestInsideQuotes() {
        String page = AnalysisHtml.page(TEXT, analysis(), "a <title>");
        assertThat(page).doesNotContain("<u>", "<title>a <title>").contains("<title>a &lt;title&gt;</title>")
                .contains("&lt;u&gt;<mark class=\"ORGANIZATION\" data-entity=\"O1\" title=\"O1 · Ali &lt;&amp;&gt; Co\">Ali &amp; Co</mark>&lt;/u&gt;")
                .contains("<span class=\"who\">Ali &lt;&amp;&gt; Co</span><mark class=\"PERSON\" data-entity=\"P1\" title=\"P1 · Vali\">")
                .contains("<td class=\"name\">Ali &lt;&amp;&gt; Co</td>")
                .doesNotContain("http://", "https://", "<script");
    }

    @Test
    void anAnalysisOfAnotherTextIsRefused() {
        assertThatThrownBy(() -> AnalysisHtml.page("short", analysis(), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("another text");
    }
}
