package io.newsline.ingest.extract.lang;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageDetectorTest {

    private final LanguageDetector detector = LanguageDetector.bundled();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "en|President Vladimir Putin on Tuesday praised Russia's developing ties with Myanmar, during a visit by the junta chief.",
        "de|Die Bundesregierung hat am Dienstag neue Hilfen für die Landwirtschaft beschlossen, wie ein Sprecher mitteilte.",
        "fr|Le gouvernement a annoncé mardi de nouvelles mesures pour soutenir les agriculteurs touchés par la sécheresse.",
        "es|El gobierno anunció el martes nuevas medidas para apoyar a los agricultores afectados por la sequía en el país.",
        "it|Il governo ha annunciato martedì nuove misure per sostenere gli agricoltori colpiti dalla siccità nel paese.",
        "pt|O governo anunciou na terça-feira novas medidas para apoiar os agricultores afetados pela seca no país.",
        "ru|Правительство во вторник объявило о новых мерах поддержки фермеров, пострадавших от засухи в стране.",
        "uk|Уряд у вівторок оголосив про нові заходи підтримки фермерів, які постраждали від посухи в країні.",
        "ar|أعلنت الحكومة يوم الثلاثاء عن إجراءات جديدة لدعم المزارعين المتضررين من الجفاف في البلاد.",
        "hi|प्रधानमंत्री ने कहा कि देश में आर्थिक विकास की गति तेज हो रही है और सरकार किसानों, युवाओं और महिलाओं के लिए नई योजनाएं लेकर आई है। उन्होंने कहा कि इन योजनाओं से करोड़ों लोगों को लाभ मिलेगा।",
        "ja|政府は火曜日、干ばつの影響を受けた農家を支援するための新たな措置を発表しました。",
        "ko|정부는 화요일 가뭄 피해를 입은 농민들을 지원하기 위한 새로운 대책을 발표했다.",
        "zh|政府周二宣布了支持受干旱影响农民的新措施，以帮助他们渡过难关。",
        "el|Η κυβέρνηση ανακοίνωσε την Τρίτη νέα μέτρα για τη στήριξη των αγροτών που επλήγησαν από την ξηρασία."})
    void detectsNewsSentences(String language, String text) {
        LanguageGuess guess = detector.detect(text);
        assertThat(guess.language()).isEqualTo(language);
        // One sentence is little evidence; confidence grows with length (the extractor ignores guesses below 0.5).
        assertThat(guess.confidence()).isGreaterThan(0.3);
    }

    @Test
    void aLongerTextIsDetectedWithHighConfidence() {
        String text = "President Vladimir Putin on Tuesday praised Russia's developing ties with Myanmar, during a visit "
                + "by the Asian country's junta chief to its key ally. Russia is a crucial arms supplier to the isolated "
                + "state, which is struggling to quell violent opposition to the junta's military rule. The relations "
                + "between our countries are steadily developing, Putin told junta chief Min Aung Hlaing.";
        assertThat(detector.detect(text).confidence()).isGreaterThan(0.8);
    }

    @Test
    void tooLittleTextIsUndetermined() {
        assertThat(detector.detect("OK")).isEqualTo(LanguageGuess.UNDETERMINED);
        assertThat(detector.detect("12 34 56 !!")).isEqualTo(LanguageGuess.UNDETERMINED);
        assertThat(detector.detect(null)).isEqualTo(LanguageGuess.UNDETERMINED);
    }

    @Test
    void markupAndDetectionCombine() {
        LanguageGuess english = new LanguageGuess("en", 0.9);
        assertThat(LanguageTags.combine("en-GB", null, english)).isEqualTo(new LanguageGuess("en-GB", 1.0));
        assertThat(LanguageTags.combine("de", null, english)).isEqualTo(english);
        assertThat(LanguageTags.combine("de", null, new LanguageGuess("en", 0.4))).isEqualTo(new LanguageGuess("de", 0.5));
        assertThat(LanguageTags.combine(null, "ur", LanguageGuess.UNDETERMINED)).isEqualTo(new LanguageGuess("ur", 0.5));
        assertThat(LanguageTags.normalise("en_US")).isEqualTo("en-US");
        assertThat(LanguageTags.normalise("x-default")).isNull();
    }
}
