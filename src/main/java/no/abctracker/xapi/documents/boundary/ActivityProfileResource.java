package no.abctracker.xapi.documents.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Path;
import no.abctracker.xapi.documents.entity.DocumentScope;

/**
 * The Activity Profile Resource: documents about an activity, by {@code profileId}.
 *
 * @see <a
 *     href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Communication.md#27-activity-profile-resource">xAPI
 *     2.0 Communication 2.7 Activity Profile Resource</a>
 */
@RequestScoped
@Path("activities/profile")
public class ActivityProfileResource extends ProfileDocumentsResource {

  @Override
  DocumentScope scope(DocumentRequest request) {
    return request.activityProfileScope();
  }
}
