package org.luoshi.publicity.ui.internal;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** The publicity views' contribution, as DS registers it (the descriptor bnd generated from the annotations). */
class PublicityViewsTest {

    @Test
    void contributionBelongsToTheModulePublicityOfModuleSettings() throws IOException {
        try (InputStream xml = getClass().getResourceAsStream("/OSGI-INF/" + PublicityViews.class.getName() + ".xml")) {
            assertNotNull(xml, "no DS descriptor of the contribution");
            String text = new String(xml.readAllBytes(), StandardCharsets.UTF_8);
            // the shell hides the menu entries of a module disabled for the user's jurisdiction by this property
            assertTrue(text.contains("<property name=\"luoshi.module\" type=\"String\" value=\"publicity\"/>"), text);
        }
    }
}
