package no.abctracker.web.faces;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;

/** Installs {@link ProblemHandler} (registered in faces-config.xml). */
public class ProblemHandlerFactory extends ExceptionHandlerFactory {

  public ProblemHandlerFactory(ExceptionHandlerFactory wrapped) {
    super(wrapped);
  }

  @Override
  public ExceptionHandler getExceptionHandler() {
    return new ProblemHandler(getWrapped().getExceptionHandler());
  }
}
