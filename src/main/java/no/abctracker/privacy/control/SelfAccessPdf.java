package no.abctracker.privacy.control;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfWriter;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The self-access export as a PDF a person can read, in Bokmål: one section per category of {@link
 * SelfAccess}, each row as "label: value" lines; statements are summarised (stored, verb, object;
 * the JSON export has them whole). Made with OpenPDF and the font the certificates use.
 */
public final class SelfAccessPdf {

  public static final String MEDIA_TYPE = "application/pdf";

  private static final String FONT = "font-fallback/LiberationSans-Regular.ttf";
  private static final Color INK = new Color(0x1f, 0x2a, 0x44);
  private static final Color MUTED = new Color(0x5c, 0x66, 0x7a);

  /** Section key → heading, in the order the export has them. */
  static final Map<String, String> SECTIONS = new LinkedHashMap<>();

  /** Field name → label. */
  static final Map<String, String> LABELS = new LinkedHashMap<>();

  static {
    SECTIONS.put("employments", "Ansettelser (fra personallisten)");
    SECTIONS.put("identities", "Identiteter i læringssystemer (xAPI)");
    SECTIONS.put("completions.courses", "Fullførte kurs, med bevis");
    SECTIONS.put("completions.modules", "Fullførte moduler, med bevis");
    SECTIONS.put("registrations", "Manuelle registreringer");
    SECTIONS.put("attendances", "Oppmøte på samlinger");
    SECTIONS.put("superUserRoles", "Superbrukerroller");
    SECTIONS.put("certificates", "Kursbevis");
    SECTIONS.put("statements", "xAPI-utsagn om deg");
    SECTIONS.put("recordViews", "Hvem har sett opplysningene dine");
    String[][] labels = {
      {"unitCode", "Enhetskode"},
      {"unitName", "Enhet"},
      {"positionCode", "Stillingskode"},
      {"positionTitle", "Stilling"},
      {"employmentPercent", "Stillingsprosent"},
      {"shiftPattern", "Turnus"},
      {"employmentKind", "Ansettelsesform"},
      {"startDate", "Fra"},
      {"endDate", "Til"},
      {"kind", "Type"},
      {"value", "Verdi"},
      {"courseCode", "Kurs"},
      {"moduleCode", "Modul"},
      {"completedAt", "Fullført"},
      {"basis", "Grunnlag"},
      {"version", "Versjon"},
      {"evidenceStatementId", "Bevis (utsagn)"},
      {"statementId", "Utsagn"},
      {"completedOn", "Fullført dato"},
      {"reason", "Begrunnelse"},
      {"registeredBy", "Registrert av"},
      {"registeredAt", "Registrert"},
      {"withdrawal", "Trukket tilbake"},
      {"cohort", "Kull"},
      {"sessionNumber", "Samling nr."},
      {"sessionTitle", "Samling"},
      {"sessionStartsAt", "Starttid"},
      {"method", "Registrert ved"},
      {"recordedBy", "Registrert av"},
      {"recordedAt", "Registrert"},
      {"technology", "Teknologi"},
      {"from", "Fra"},
      {"to", "Til"},
      {"appointedBy", "Oppnevnt av"},
      {"appointedAt", "Oppnevnt"},
      {"courseTitle", "Kurstittel"},
      {"fullName", "Navn"},
      {"verificationCode", "Verifiseringskode"},
      {"firstIssuedAt", "Først utstedt"},
      {"timesIssued", "Antall utstedelser"},
      {"stored", "Lagret"},
      {"voided", "Annullert"},
      {"verb", "Verb"},
      {"object", "Objekt"},
      {"id", "Id"},
      {"viewedBy", "Sett av"},
      {"viewedAt", "Tidspunkt"},
      {"request", "Hva"}
    };
    for (String[] label : labels) {
      LABELS.put(label[0], label[1]);
    }
  }

  private SelfAccessPdf() {}

  public static byte[] render(JsonObject export) {
    ByteArrayOutputStream pdf = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4, 56, 56, 56, 56);
    try {
      BaseFont base = BaseFont.createFont(FONT, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
      Font title = new Font(base, 18, Font.NORMAL, INK);
      Font heading = new Font(base, 13, Font.NORMAL, INK);
      Font text = new Font(base, 9, Font.NORMAL, INK);
      Font muted = new Font(base, 9, Font.NORMAL, MUTED);
      JsonObject person = export.getJsonObject("person");
      JsonObject municipality = export.getJsonObject("municipality");
      PdfWriter.getInstance(document, pdf);
      document.addTitle("Innsyn – " + person.getString("fullName"));
      document.addAuthor(municipality.getString("name"));
      document.addCreator("ABC Tracker");
      document.open();
      document.add(new Paragraph("Dine opplysninger i ABC Tracker", title));
      document.add(
          new Paragraph(
              person.getString("fullName")
                  + ", ansattnr. "
                  + person.getString("employeeId")
                  + (person.isNull("email") ? "" : ", " + person.getString("email")),
              text));
      document.add(
          new Paragraph(
              municipality.getString("name")
                  + " ("
                  + municipality.getString("code")
                  + ") · hentet ut "
                  + export.getString("exportedAt")
                  + " (UTC)",
              muted));
      document.add(
          new Paragraph(
              "Innsyn etter personvernforordningen artikkel 15 og 20. Den samme utskriften finnes"
                  + " maskinlesbar som JSON.",
              muted));
      for (Map.Entry<String, String> section : SECTIONS.entrySet()) {
        JsonArray rows = rows(export, section.getKey());
        Paragraph head = new Paragraph(section.getValue() + " (" + rows.size() + ")", heading);
        head.setSpacingBefore(14);
        document.add(head);
        if (rows.isEmpty()) {
          document.add(new Paragraph("Ingen.", muted));
        }
        for (JsonValue row : rows) {
          JsonObject fields =
              section.getKey().equals("statements")
                  ? summary(row.asJsonObject())
                  : row.asJsonObject();
          Paragraph item = new Paragraph(line(fields), text);
          item.setSpacingBefore(4);
          document.add(item);
        }
      }
      document.close();
    } catch (IOException e) {
      throw new UncheckedIOException("The font " + FONT + " could not be read", e);
    }
    return pdf.toByteArray();
  }

  private static JsonArray rows(JsonObject export, String path) {
    int dot = path.indexOf('.');
    return dot < 0
        ? export.getJsonArray(path)
        : export.getJsonObject(path.substring(0, dot)).getJsonArray(path.substring(dot + 1));
  }

  /** A statement as a person reads it: when, verb, object, whether voided. */
  private static JsonObject summary(JsonObject held) {
    JsonObject statement = held.getJsonObject("statement");
    JsonObject object = statement.getJsonObject("object");
    return jakarta.json.Json.createObjectBuilder()
        .add("stored", held.getString("stored"))
        .add("verb", statement.getJsonObject("verb").getString("id"))
        .add("object", object.containsKey("id") ? object.getString("id") : object.toString())
        .add("voided", held.getBoolean("voided") ? "ja" : "nei")
        .add("id", statement.getString("id", ""))
        .build();
  }

  private static String line(JsonObject fields) {
    StringJoiner line = new StringJoiner(" · ");
    fields.forEach(
        (name, value) -> {
          if (value.getValueType() == JsonValue.ValueType.NULL) {
            return;
          }
          String shown =
              switch (value.getValueType()) {
                case STRING -> ((JsonString) value).getString();
                case TRUE -> "ja";
                case FALSE -> "nei";
                default -> value.toString();
              };
          line.add(LABELS.getOrDefault(name, name) + ": " + shown);
        });
    return line.toString();
  }
}
