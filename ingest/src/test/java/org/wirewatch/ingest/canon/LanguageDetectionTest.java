package org.wirewatch.ingest.canon;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageDetectionTest {

    private final LanguageDetection detection = LanguageDetection.shared();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            en | Port strike ends   | Port workers in Rotterdam ended a three-day strike on Friday after the union accepted a new wage offer.
            de | Straßenbahn        | Die Stadtverwaltung von Leipzig hat am Dienstag angekündigt, die Straßenbahnlinie zum Flughafen zu verlängern.
            ru | Мост закрыт        | Власти Новосибирска в среду объявили о закрытии центрального моста на ремонт до конца октября.
            fr | Écoles rénovées    | Le conseil municipal de Lyon a voté jeudi soir un budget supplémentaire pour rénover les écoles du quartier.
            fa | مترو اصفهان        | شهرداری اصفهان روز دوشنبه اعلام کرد که خط دوم متروی این شهر تا پایان سال آینده افتتاح خواهد شد.
            uk | Новий міст         | Міська рада Львова у вівторок ухвалила рішення про будівництво нового мосту через залізничні колії.
            ar | حافلات عمّان       | أعلنت بلدية عمّان يوم الأحد عن خطة لتوسيع شبكة الحافلات لتشمل الأحياء الشرقية من المدينة.
            """)
    void shouldDetectTheLanguageOfOneSentence(String expected, String headline, String body) {
        assertThat(detection.languageOf(headline, body)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "\"{0} {1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Breaking  | Kyiv
            12:30 GMT | Ok
            Strike    | Die Straße
            """)
    void shouldFallBackToTheDefaultOnTooShortAText(String headline, String body) {
        assertThat(detection.languageOf(headline, body)).isEqualTo(LanguageDetection.DEFAULT_LANGUAGE);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            digits and codes | 2025-03-04 09:30 UTC 4471-B 88 22 19 XJ-9 QQ-7 ZR-5 KV-3 ML-2 PT-8 WX-1
            """)
    void shouldFallBackToTheDefaultWhenTheModelIsUnsure(String headline, String body) {
        assertThat(detection.languageOf(headline, body)).isEqualTo(LanguageDetection.DEFAULT_LANGUAGE);
    }

    @Test
    void shouldReadOnlyTheStartOfALongBody() {
        String german = "Die Regierung in Berlin hat am Montag erklärt, sie werde die Hilfe fortsetzen. ";
        String english = "The government in London said on Monday it would continue its aid. ";

        assertThat(detection.languageOf("", german.repeat(5) + english.repeat(200)))
                .isEqualTo("de");
    }
}
