package academy.web.startup;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

import academy.startup.StartupSequence;

/**
 * Runs the academy's start-up (migrate, load content) once the web module has started. This is
 * the first moment on Payara at which the application's data source and entity manager resolve;
 * see {@link StartupSequence} for why a CDI start-up event is too early.
 */
@WebListener
public class StartupListener implements ServletContextListener {

    @Inject
    StartupSequence startup;

    @Override
    public void contextInitialized(ServletContextEvent started) {
        startup.run();
    }
}
