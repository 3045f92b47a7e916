package dk.healthmarket.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TextTest {

    private static final Locale DANISH = Locale.forLanguageTag("da");

    @Test
    void speaksEnglishAndDanish() {
        Text text = Text.of("organisation.duplicateName", "Aarhus Kommune");
        assertEquals("An organisation of this type named 'Aarhus Kommune' already exists.", text.english());
        assertEquals("Der findes allerede en organisation af denne type med navnet 'Aarhus Kommune'.", text.in(DANISH));
    }

    @Test
    void translatesTextsAndListsOfTextsInItsArguments() {
        assertEquals("Brugeren 42 findes ikke.", new NotFoundException("User", 42).getMessage(DANISH));
        assertEquals("The password is too easy to guess; must not contain your e-mail address.",
                Text.of("password.invalid", List.of(Text.of("password.guessable"), Text.of("password.containsEmail"))).english());
    }

    @Test
    void anUnsupportedLanguageGetsEnglish() {
        assertEquals("You must log in to do this.", Text.of("authenticationRequired").in(Locale.GERMAN));
    }

    @Test
    void everyEnglishSentenceHasADanishOne() throws IOException {
        assertEquals(keys("messages.properties"), keys("messages_da.properties"));
    }

    private static Set<Object> keys(String file) throws IOException {
        var properties = new Properties();
        try (InputStream in = Text.class.getResourceAsStream(file)) {
            properties.load(in);
        }
        return properties.keySet();
    }
}
