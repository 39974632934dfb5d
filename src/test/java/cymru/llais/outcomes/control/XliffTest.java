package cymru.llais.outcomes.control;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class XliffTest {

    private static final String NS = Xliff.NAMESPACE;

    private static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static String filled(byte[] exported, String target) {
        return new String(exported, StandardCharsets.UTF_8).replaceFirst("></target>", ">" + target + "</target>");
    }

    @Test
    void writesOneFilePerDirectionWithAUnitPerMissingField() throws Exception {
        byte[] xml = Xliff.write(List.of(
                new Xliff.Unit(new Xliff.UnitId(12, 3, "responseCy"), "Thank you <for> \"telling\" us & more."),
                new Xliff.Unit(new Xliff.UnitId(12, 3, "outcomeCy"), "Cleared."),
                new Xliff.Unit(new Xliff.UnitId(14, 0, "outcomeEn"), "Cliriwyd y sbwriel.")));
        Document doc = parse(xml);
        Element root = doc.getDocumentElement();
        assertEquals("xliff", root.getLocalName());
        assertEquals(NS, root.getNamespaceURI());
        assertEquals("1.2", root.getAttribute("version"));
        NodeList files = doc.getElementsByTagNameNS(NS, "file");
        assertEquals(2, files.getLength());
        Element enCy = (Element) files.item(0);
        assertEquals("en", enCy.getAttribute("source-language"));
        assertEquals("cy", enCy.getAttribute("target-language"));
        assertEquals("plaintext", enCy.getAttribute("datatype"));
        assertFalse(enCy.getAttribute("original").isEmpty());
        NodeList units = enCy.getElementsByTagNameNS(NS, "trans-unit");
        assertEquals(2, units.getLength());
        Element first = (Element) units.item(0);
        assertEquals("outcome-12-v3-responseCy", first.getAttribute("id"));
        assertEquals("Thank you <for> \"telling\" us & more.", first.getElementsByTagNameNS(NS, "source").item(0).getTextContent());
        assertEquals("", first.getElementsByTagNameNS(NS, "target").item(0).getTextContent());
        Element cyEn = (Element) files.item(1);
        assertEquals("cy", cyEn.getAttribute("source-language"));
        assertEquals("en", cyEn.getAttribute("target-language"));
        assertEquals("outcome-14-v0-outcomeEn", ((Element) cyEn.getElementsByTagNameNS(NS, "trans-unit").item(0)).getAttribute("id"));
    }

    @Test
    void anEmptyExportIsStillAnXliffDocument() throws Exception {
        Document doc = parse(Xliff.write(List.of()));
        assertEquals("1.2", doc.getDocumentElement().getAttribute("version"));
        assertEquals(List.of(), Xliff.read(Xliff.write(List.of())));
    }

    @Test
    void readsBackTheTargetsWrittenIntoAnExport() throws Exception {
        byte[] exported = Xliff.write(List.of(new Xliff.Unit(new Xliff.UnitId(7, 2, "responseCy"), "Thank you."),
                new Xliff.Unit(new Xliff.UnitId(7, 2, "outcomeCy"), "Cleared.")));
        List<Xliff.Translation> read = Xliff.read(utf8(filled(exported, "Diolch &amp; hwyl – â’r cŵn.")));
        assertEquals(2, read.size());
        assertEquals(new Xliff.Translation("outcome-7-v2-responseCy", "en", "cy", "Diolch & hwyl – â’r cŵn."), read.get(0));
        assertEquals("", read.get(1).target());
    }

    @Test
    void unitsInsideGroupsAreRead() throws Exception {
        String xml = "<xliff version='1.2' xmlns='" + NS + "'><file source-language='en' target-language='cy' datatype='plaintext' original='x'>"
                + "<body><group><trans-unit id='outcome-1-v0-outcomeCy'><source>a</source><target>b</target></trans-unit></group></body></file></xliff>";
        assertEquals("b", Xliff.read(utf8(xml)).get(0).target());
    }

    @Test
    void unitIdsNameOutcomeVersionAndField() {
        Xliff.UnitId id = Xliff.UnitId.parse("outcome-42-v7-reasonEn").orElseThrow();
        assertEquals(42, id.outcomeId());
        assertEquals(7, id.version());
        assertEquals("reasonEn", id.field());
        assertEquals("en", id.language());
        assertEquals("cy", Xliff.UnitId.parse("outcome-42-v7-outcomeCy").orElseThrow().language());
        assertEquals("outcome-42-v7-reasonEn", id.toString());
        for (String bad : new String[] {null, "", "outcome-42-reasonEn", "outcome-x-v1-reasonEn", "outcome-1-v1-kindEn",
                "outcome-1-v1-reasonFr", " outcome-1-v1-reasonEn", "outcome-99999999999999999999-v1-reasonEn"}) {
            assertTrue(Xliff.UnitId.parse(bad).isEmpty(), String.valueOf(bad));
        }
    }

    @Test
    void anExternalEntityIsRefusedAndNeverRead() {
        String xxe = "<?xml version='1.0'?><!DOCTYPE xliff [<!ENTITY secret SYSTEM 'file:///etc/passwd'>]>"
                + "<xliff version='1.2' xmlns='" + NS + "'><file source-language='en' target-language='cy' datatype='plaintext' original='x'>"
                + "<body><trans-unit id='outcome-1-v0-outcomeCy'><source>a</source><target>&secret;</target></trans-unit></body></file></xliff>";
        Xliff.Unreadable e = assertThrows(Xliff.Unreadable.class, () -> Xliff.read(utf8(xxe)));
        assertEquals("outcomes.xliff.error.malformed", e.key());
    }

    @Test
    void anInternalEntityBombIsRefused() {
        String bomb = "<?xml version='1.0'?><!DOCTYPE x [<!ENTITY a 'aaaaaaaaaa'><!ENTITY b '&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;'>]>"
                + "<xliff version='1.2' xmlns='" + NS + "'>&b;</xliff>";
        assertEquals("outcomes.xliff.error.malformed", assertThrows(Xliff.Unreadable.class, () -> Xliff.read(utf8(bomb))).key());
    }

    @Test
    void malformedEmptyOversizedAndForeignDocumentsAreRefusedWhole() {
        assertEquals("outcomes.xliff.error.malformed",
                assertThrows(Xliff.Unreadable.class, () -> Xliff.read(utf8("<xliff version='1.2'><file>"))).key());
        assertEquals("outcomes.xliff.error.empty", assertThrows(Xliff.Unreadable.class, () -> Xliff.read(new byte[0])).key());
        assertEquals("outcomes.xliff.error.tooBig",
                assertThrows(Xliff.Unreadable.class, () -> Xliff.read(new byte[Xliff.MAX_BYTES + 1])).key());
        assertEquals("outcomes.xliff.error.notXliff",
                assertThrows(Xliff.Unreadable.class, () -> Xliff.read(utf8("<xliff version='1.2'/>"))).key());
        assertEquals("outcomes.xliff.error.notXliff",
                assertThrows(Xliff.Unreadable.class, () -> Xliff.read(utf8("<xliff version='2.0' xmlns='" + NS + "'/>"))).key());
        assertEquals("outcomes.xliff.error.notXliff",
                assertThrows(Xliff.Unreadable.class, () -> Xliff.read(utf8("<html/>"))).key());
    }

    @Test
    void charactersXmlCannotCarryAreLeftOutOfTheExport() throws Exception {
        byte[] xml = Xliff.write(List.of(new Xliff.Unit(new Xliff.UnitId(1, 0, "outcomeCy"), "a\u0001b\u0007c\r\nd")));
        Document doc = parse(xml);
        assertEquals("abc\r\nd", doc.getElementsByTagNameNS(NS, "source").item(0).getTextContent());
    }
}
