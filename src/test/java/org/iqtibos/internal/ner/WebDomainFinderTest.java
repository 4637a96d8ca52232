package org.iqtibos.internal.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.iqtibos.ArticleAnalyzer;
import org.iqtibos.internal.model.ModelFiles;
import org.iqtibos.result.ArticleAnalysis;
import org.iqtibos.result.Entity;
import org.iqtibos.internal.segment.Segmenter;
import org.junit.jupiter.api.Test;

/** Websites named by their domain are news outlets; web and e-mail addresses are not. Sentences written for it. */
class WebDomainFinderTest {

    private static final WebDomainFinder FINDER = WebDomainFinder.load(ModelFiles.classpath());

    private static List<String> found(String text) {
        return FINDER.find(new Segmenter(Set.of()).segment(text)).stream()
                .map(c -> text.substring(c.start(), c.end())).toList();
    }

    @Test
    void findsDomainsAsWritten() {
        assertThat(found("Бұл туралы Dalanews.kz хабарлады.")).containsExactly("Dalanews.kz");
        assertThat(found("Xabarni STEPPE.UZ muxbiri tarqatdi, keyin esa news.mail.ru ham yozdi."))
                .containsExactly("STEPPE.UZ", "news.mail.ru");
    }

    @Test
    void aCaseEndingGluedToTheDomainIsNoPartOfIt() {
        assertThat(found("Мақала Dalanews.kzке сілтеме жасап жазылды.")).containsExactly("Dalanews.kz");
        assertThat(found("Маълумот STEPPE.UZ-га юборилди.")).containsExactly("STEPPE.UZ");
    }

    @Test
    void skipsWebAndMailAddressesAndPlainWords() {
        assertThat(found("Batafsil: https://example.kg/news/12 sahifasida.")).isEmpty();
        assertThat(found("Xat info@example.uz manziliga yuborildi.")).isEmpty();
        assertThat(found("Narx 12.5 foizga oshdi. Kz va uz so'zlari yolg'iz.")).isEmpty();
    }

    @Test
    void anUnknownSiteIsANewsOutletGoingByItsDomain() {
        String text = "Шаҳарда янги кўприк қурилади, деб хабар берди Samarqandnews.uz.";
        ArticleAnalysis a = ArticleAnalyzer.create().analyze(text);
        assertThat(a.organizations()).anySatisfy(o -> {
            assertThat(o.name()).isEqualTo("Samarqandnews.uz");
            assertThat(o.role()).isEqualTo("news outlet");
        });
        assertThat(a.organizations().stream().map(Entity::mentions).flatMap(List::stream)
                .map(m -> text.substring(m.start(), m.end()))).contains("Samarqandnews.uz");
    }
}
