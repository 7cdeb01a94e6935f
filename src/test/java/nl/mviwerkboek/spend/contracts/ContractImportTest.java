package nl.mviwerkboek.spend.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.mviwerkboek.shared.i18n.UserProblem;
import nl.mviwerkboek.spend.groups.ProcurementKind;
import nl.mviwerkboek.spend.groups.ProductGroup;
import nl.mviwerkboek.testsupport.TestWorkbooks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContractImportTest {

    @TempDir
    Path dir;

    private static final List<ProductGroup> GROUPS = List.of(
            new ProductGroup(1, "schoonmaak", "c", "Schoonmaak", "", null, ProcurementKind.SERVICES, "", 0, false,
                    null, false, Map.of()),
            new ProductGroup(2, "wegen", "c", "Wegen en bestrating", "", null, ProcurementKind.WORKS, "", 1, false,
                    null, false, Map.of()));

    @Test
    void aDutchRegisterWithATitleBlockIsReadWithItsGroupsDatesAndAmounts() throws Exception {
        Path file = Files.writeString(dir.resolve("register.csv"), String.join("\n",
                "Contractregister gemeente Voorbeeld",
                "",
                "Titel;Leverancier;Productgroep;Startdatum;Einddatum;Verlenging maanden;Waarde;MVI;SROI;Eigenaar",
                "Schoonmaak kantoren;Visser BV;schoonmaak;01-07-2024;30-06-2027;24;€ 1.250.000,00;ja;nee;Marco",
                "Onderhoud wegen;De Vries;Wegen en bestrating;01-01-2025;31-12-2028;;300.000;nee;ja;",
                "Losse opdracht;;;;;;;;;") + "\n");
        List<Contract> read = ContractImport.read(file, GROUPS);
        assertEquals(3, read.size());
        Contract k = read.get(0);
        assertEquals("Schoonmaak kantoren", k.title());
        assertEquals(1L, k.groupId());
        assertEquals(LocalDate.of(2027, 6, 30), k.end());
        assertEquals(LocalDate.of(2029, 6, 30), k.finalEnd());
        assertEquals(125_000_000, k.valueCents());
        assertTrue(k.mviApplied());
        assertFalse(k.sroiApplied());
        assertEquals(2L, read.get(1).groupId(), "groups by name as well as code");
        assertEquals(30_000_000, read.get(1).valueCents());
        assertNull(read.get(2).end());
    }

    @Test
    void anXlsxRegisterReadsTypedDatesAndNumbers() throws Exception {
        Path file = TestWorkbooks.xlsx(dir.resolve("register.xlsx"), List.of(
                List.of("Contract", "Einddatum", "Waarde"),
                List.of("ICT-werkplekken", LocalDate.of(2027, 2, 28), 900000.0)));
        Contract k = ContractImport.read(file, GROUPS).get(0);
        assertEquals(LocalDate.of(2027, 2, 28), k.end());
        assertEquals(90_000_000, k.valueCents());
    }

    @Test
    void wrongValuesRefuseTheFileAndSayRowColumnAndWhat() throws Exception {
        Path file = Files.writeString(dir.resolve("fout.csv"), String.join("\n",
                "Titel;Productgroep;Einddatum;Waarde",
                "Goed;schoonmaak;31-12-2027;1.000",
                "Fout 1;catering;31-12-2027;1.000",
                "Fout 2;schoonmaak;31-13-2027;veel",
                ";schoonmaak;;") + "\n");
        UserProblem p = assertThrows(UserProblem.class, () -> ContractImport.read(file, GROUPS));
        assertTrue(p.detail().contains("Rij 3, kolom \"Productgroep\", waarde \"catering\""), p.detail());
        assertTrue(p.detail().contains("Rij 4, kolom \"Einddatum\", waarde \"31-13-2027\": geen geldige datum"),
                p.detail());
        assertTrue(p.detail().contains("Rij 4, kolom \"Waarde\", waarde \"veel\": geen geldig bedrag."), p.detail());
        assertTrue(p.detail().contains("Rij 5, kolom \"Titel\""), p.detail());
        assertTrue(p.detail().startsWith("In fout.csv staan waarden die niet kloppen. Er is niets geïmporteerd."));
    }

    @Test
    void aFileWithoutKnownColumnsSaysWhichNamesItNeeds() throws Exception {
        Path file = Files.writeString(dir.resolve("iets.csv"), "a;b;c\n1;2;3\n");
        UserProblem p = assertThrows(UserProblem.class, () -> ContractImport.read(file, GROUPS));
        assertTrue(p.detail().contains("\"Titel\""), p.detail());
    }

    @Test
    void columnsWithUnknownNamesAreChosenByHandAndPreviewedBeforeImporting() throws Exception {
        Path file = Files.writeString(dir.resolve("eigen.csv"), String.join("\n",
                "Onderwerp;Partij;Afloop;Bedrag",
                "Schoonmaak;Visser;31-12-2027;€ 250.000",
                "Catering;Bakker;31-13-2027;€ 90.000") + "\n");
        ContractSheet sheet = ContractImport.analyse(file);
        assertEquals(1, sheet.headerRow());
        assertEquals(Map.of(ContractField.TITLE, 0, ContractField.VALUE, 3), sheet.suggested(),
                "Onderwerp and Bedrag are known names; Partij and Afloop are not");
        Map<ContractField, Integer> chosen = new java.util.EnumMap<>(sheet.suggested());
        chosen.put(ContractField.SUPPLIER, 1);
        chosen.put(ContractField.END, 2);
        List<ContractImport.PreviewLine> preview = ContractImport.preview(sheet, chosen, GROUPS);
        assertEquals("Visser", preview.get(0).contract().supplierName());
        assertEquals("", preview.get(0).problem());
        assertNull(preview.get(1).contract());
        assertTrue(preview.get(1).problem().contains("Rij 3, kolom \"Afloop\""), preview.get(1).problem());
    }

    @Test
    void aMappingIsRememberedPerLayout() {
        Map<ContractField, Integer> mapping = Map.of(ContractField.TITLE, 2, ContractField.END, 0);
        assertEquals(mapping, ContractMappingStorage.decode(ContractMappingStorage.encode(mapping)));
        assertEquals(Map.of(ContractField.TITLE, 1), ContractMappingStorage.decode("TITLE=1;FUTURE_FIELD=3"));
    }

    @Test
    void tabsLineBreaksAndInvisibleCharactersInARegisterBecomeOneSpace() throws Exception {
        Path file = Files.writeString(dir.resolve("rommelig.csv"), "Titel;Leverancier;Einddatum\n"
                + "\"Schoonmaak\r\nkantoren\";\"Visser\tB.V.\u200B\u00A0\";31-12-2027\n");
        Contract k = ContractImport.read(file, GROUPS).get(0);
        assertEquals("Schoonmaak kantoren", k.title());
        assertEquals("Visser B.V.", k.supplierName());
    }
}
