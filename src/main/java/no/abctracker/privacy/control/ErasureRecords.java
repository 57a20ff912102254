package no.abctracker.privacy.control;

import static no.abctracker.xapi.model.Jsons.JSON;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import no.abctracker.configuration.Database;
import no.abctracker.configuration.SqlTimes;

/**
 * The audit of erasures ({@code erasure_record}): who erased, when, why (a coordinator or the
 * retention job) and how many rows of each kind went, under a random erasure id. Nothing of the
 * erased person: not their name, employee id or identities.
 */
@ApplicationScoped
public class ErasureRecords {

  @Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  /** Why a person was erased. */
  public enum Reason {
    /** A coordinator's request (the data subject's right, art. 17). */
    REQUEST,
    /** The municipality's retention period after the last employment ended. */
    RETENTION
  }

  /** One erasure as audited. */
  public record Record(
      String erasureId,
      String erasedBy,
      Instant erasedAt,
      Reason reason,
      Map<String, Integer> counts) {}

  void add(long municipalityId, Record record) {
    JsonObjectBuilder counts = JSON.createObjectBuilder();
    record.counts().forEach(counts::add);
    try (Connection db = dataSource.getConnection();
        PreparedStatement insert =
            db.prepareStatement(
                "INSERT INTO erasure_record (erasure_id, municipality_id, erased_by, erased_at,"
                    + " reason, counts) VALUES (?, ?, ?, ?, ?, ?)")) {
      insert.setString(1, record.erasureId());
      insert.setLong(2, municipalityId);
      insert.setString(3, record.erasedBy());
      insert.setObject(4, LocalDateTime.ofInstant(record.erasedAt(), ZoneOffset.UTC));
      insert.setString(5, record.reason().name());
      insert.setString(6, counts.build().toString());
      insert.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("Recording an erasure failed: " + e.getMessage(), e);
    }
  }

  /** An erased user who had erased others is named by the stand-in from then on. */
  int replaceEraser(List<String> usernames, String standIn) {
    int rewritten = 0;
    try (Connection db = dataSource.getConnection()) {
      for (String username : usernames) {
        try (PreparedStatement update =
            db.prepareStatement("UPDATE erasure_record SET erased_by = ? WHERE erased_by = ?")) {
          update.setString(1, standIn);
          update.setString(2, username);
          rewritten += update.executeUpdate();
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Rewriting erasure records failed: " + e.getMessage(), e);
    }
    return rewritten;
  }

  /** The municipality's erasures, newest first. */
  public List<Record> of(long municipalityId, int limit) {
    List<Record> records = new ArrayList<>();
    try (Connection db = dataSource.getConnection();
        PreparedStatement select =
            db.prepareStatement(
                "SELECT erasure_id, erased_by, erased_at, reason, counts FROM erasure_record"
                    + " WHERE municipality_id = ? ORDER BY erased_at DESC LIMIT ?")) {
      select.setLong(1, municipalityId);
      select.setInt(2, limit);
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          Map<String, Integer> counts = new LinkedHashMap<>();
          try (var reader = JSON.createReader(new StringReader(rs.getString(5)))) {
            reader.readObject().forEach((k, v) -> counts.put(k, Integer.parseInt(v.toString())));
          }
          records.add(
              new Record(
                  rs.getString(1),
                  rs.getString(2),
                  SqlTimes.dateTime(rs, 3).toInstant(ZoneOffset.UTC),
                  Reason.valueOf(rs.getString(4)),
                  counts));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Reading erasure records failed: " + e.getMessage(), e);
    }
    return records;
  }
}
