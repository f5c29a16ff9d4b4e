package academy.web.errors;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;

/** Registers {@link AcademyExceptionHandler} (faces-config.xml names this factory). */
public class AcademyExceptionHandlerFactory extends ExceptionHandlerFactory {

    public AcademyExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new AcademyExceptionHandler(getWrapped().getExceptionHandler());
    }
}
