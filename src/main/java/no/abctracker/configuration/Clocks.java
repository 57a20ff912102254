package no.abctracker.configuration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/** The application's clock, injected so that rules about time are testable with a fixed one. */
@ApplicationScoped
public class Clocks {

  @Produces
  @ApplicationScoped
  Clock systemClock() {
    return Clock.systemUTC();
  }
}
