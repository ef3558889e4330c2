package io.github.gongkai.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** The project says under which licence it is published and where it lives, as a published artifact must. */
class ProjectMetadataTest {
    private static final Path ROOT = TestCorpus.TESTDATA.getParent();

    @Test
    void theLicenceFileIsTheApacheLicence() throws Exception {
        String licence = Files.readString(ROOT.resolve("LICENSE"));
        assertTrue(licence.strip().startsWith("Apache License\n                           Version 2.0, January 2004"));
        assertTrue(licence.contains("END OF TERMS AND CONDITIONS"));
    }

    @Test
    void thePomNamesLicenceAddressSourcesAndDevelopers() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document pom = factory.newDocumentBuilder().parse(ROOT.resolve("pom.xml").toFile());
        XPath xpath = XPathFactory.newInstance().newXPath();
        assertEquals("Apache-2.0", xpath.evaluate("/project/licenses/license/name", pom));
        assertEquals("https://github.com/gongkai/gongkai", xpath.evaluate("/project/url", pom));
        assertEquals("https://github.com/gongkai/gongkai", xpath.evaluate("/project/scm/url", pom));
        assertTrue(xpath.evaluate("/project/scm/connection", pom).startsWith("scm:git:"));
        assertTrue(!xpath.evaluate("/project/developers/developer/name", pom).isBlank());
    }
}
