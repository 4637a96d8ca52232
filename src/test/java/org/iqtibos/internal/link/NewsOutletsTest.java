package org.iqtibos.internal.link;

import static org.assertj.core.api.Assertions.assertThat;

import org.iqtibos.ArticleAnalyzer;
import org.iqtibos.Language;
import org.iqtibos.result.ArticleAnalysis;
import org.iqtibos.result.Entity;
import org.junit.jupiter.api.Test;

/** News outlets are organizations of the knowledge base with the kind "news outlet" (models/kb/curated/outlets.tsv). */
class NewsOutletsTest {
    private static final ArticleAnalyzer ANALYZER = ArticleAnalyzer.create();

    @Test
    void anAgencyIsAnOrganizationOfKindNewsOutlet() {
        ArticleAnalysis a = ANALYZER.analyze("Об этом сообщает ИА Тренд со ссылкой на МИД Азербайджана.", Language.RU);
        assertThat(a.organizations()).extracting(Entity::name, Entity::role)
                .contains(org.assertj.core.groups.Tuple.tuple("Trend", "news outlet"));
    }

    @Test
    void aCommonWordThatNamesAnOutletElsewhereIsNoName() {
        // Kyrgyz "кабар" is "news": only "Кабар агенттиги" names the agency
        ArticleAnalysis a = ANALYZER.analyze("Бул кабар тез тарады. Кабар агенттиги жаңы макала жарыялады.", Language.KY);
        assertThat(a.organizations()).hasSize(1);
        assertThat(a.organizations().get(0).mentions()).extracting(m -> m.text()).containsExactly("Кабар агенттиги");
    }

    @Test
    void aCountryEditionOfAnAgencyIsItsOwnOutlet() {
        ArticleAnalysis a = ANALYZER.analyze("Bu haqda Sputnik Qirg‘iziston xabar berdi.", Language.UZ);
        assertThat(a.organizations()).extracting(Entity::name).containsExactly("Sputnik Kyrgyzstan");
        assertThat(a.organizations().get(0).mentions()).extracting(m -> m.text()).containsExactly("Sputnik Qirg‘iziston");
    }

    @Test
    void theShortNameBesideTheHomeCountrysBranchIsThatBranch() {
        ArticleAnalysis a = ANALYZER.analyze("ТОШКЕНТ, 3 май – Sputnik. Бу ҳақда Sputnik Ўзбекистон мухбири хабар берди.",
                Language.UZ);
        assertThat(a.organizations()).extracting(Entity::name).containsExactly("Sputnik Uzbekistan");
        assertThat(a.organizations().get(0).mentions()).hasSize(2);
    }

    @Test
    void aForeignBranchLeavesTheShortNameAlone() {
        ArticleAnalysis a = ANALYZER.analyze("TOSHKENT, 3 may – Sputnik. Bu haqda Sputnik Tojikiston xabar berdi.",
                Language.UZ);
        assertThat(a.organizations()).extracting(Entity::name).contains("Sputnik", "Sputnik Tajikistan");
    }
}
