package no.abctracker.xapi.documents.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Path;
import no.abctracker.access.boundary.PersonalData;
import no.abctracker.xapi.documents.entity.DocumentScope;

/**
 * The Agent Profile Resource: documents about an agent, by {@code profileId}.
 *
 * @see <a
 *     href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Communication.md#26-agent-profile-resource">xAPI
 *     2.0 Communication 2.6 Agent Profile Resource</a>
 */
@RequestScoped
@Path("agents/profile")
@PersonalData
public class AgentProfileResource extends ProfileDocumentsResource {

  @Override
  DocumentScope scope(DocumentRequest request) {
    return request.agentProfileScope();
  }
}
