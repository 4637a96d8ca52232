package org.iqtibos.internal.quote;

import static org.assertj.core.api.Assertions.assertThat;

import org.iqtibos.internal.model.ModelFiles;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OfficesTest {
    private static final Offices OFFICES = Offices.load(ModelFiles.classpath());

    @ParameterizedTest(name = "{0} / {1} -> {2}")
    @CsvSource(delimiter = ';', value = {
            "Head of State; President of Kazakhstan; true",
            "Head of State; First President of Kazakhstan; true",
            "Minister; Minister of Foreign Affairs of Russia; true",
            "Minister; Foreign Minister of Russia; true",
            "Minister; Deputy Minister of Defence of Kazakhstan; false",
            "Minister; Prime Minister of Uzbekistan; false",
            "Prime Minister; Chairman of the Cabinet of Ministers of Kyrgyzstan; true",
            "Head of Government; Prime Minister of Kazakhstan; true",
            "Ambassador; Minister of Foreign Affairs of Russia; false",
            "Head of State; Press Secretary of the President of Uzbekistan; false",
            "Minister; Adviser to the Minister of Energy; false",
            "President; Spokesperson of the President of Kazakhstan; false"})
    void officesOfOnePostMatch(String office, String role, boolean same) {
        assertThat(OFFICES.same(office, role)).isEqualTo(same);
    }
}
