package com.cohortdesk.ui;

import com.github.mvysny.kaributesting.v10.MockVaadinKt;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServletService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.function.DeploymentConfiguration;
import com.vaadin.flow.server.ServiceDestroyListener;
import com.vaadin.flow.server.ServiceException;
import com.vaadin.flow.server.SessionInitListener;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.VaadinServletService;
import java.lang.reflect.Field;
import java.util.Collection;
import java.util.List;
import kotlin.jvm.functions.Function0;
import org.springframework.context.ApplicationContext;

/**
 * Karibu-Testing 2.7.0 reads the private fields VaadinService.sessionInitListeners /
 * serviceDestroyListeners reflectively; Flow 25.3 moved those listeners to VaadinServiceEventBus,
 * so MockVaadin.setup()/tearDown() fail with NoSuchFieldException. This points Karibu's cached
 * Field objects at equivalent fields of a service subclass that forward to the event bus.
 * Remove once a Karibu release supports Flow 25.3.
 */
public final class KaribuVaadin253Compat {
    private KaribuVaadin253Compat() {}

    /** Use instead of MockSpringServlet. */
    public static final class Servlet extends MockSpringServlet {
        public Servlet(Routes routes, ApplicationContext ctx, Function0<UI> uiFactory) {
            super(routes, ctx, uiFactory);
            install();
        }

        @Override
        protected VaadinServletService createServletService(DeploymentConfiguration config) throws ServiceException {
            var service = new Service(this, config, ctx, uiFactory);
            service.init();
            routes.register((VaadinServletContext) service.getContext());
            return service;
        }
    }

    static final class Service extends MockSpringServletService {
        // names must match what Karibu 2.7.0 looks up
        final Collection<SessionInitListener> sessionInitListeners =
                List.of(e -> getEventBus().fireEvent(e));
        final Collection<ServiceDestroyListener> serviceDestroyListeners =
                List.of(e -> getEventBus().fireEvent(e));

        Service(
                MockSpringServlet servlet,
                DeploymentConfiguration config,
                ApplicationContext ctx,
                Function0<UI> uiFactory) {
            super(servlet, config, ctx, uiFactory);
        }
    }

    private static volatile boolean installed;

    static synchronized void install() {
        if (installed) return;
        try {
            redirect("_VaadinService_sessionInitListeners$delegate", "sessionInitListeners");
            redirect("_VaadinService_sessionDestroyListeners$delegate", "serviceDestroyListeners");
            installed = true;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Karibu/Vaadin compat patch failed; check versions", e);
        }
    }

    private static void redirect(String karibuLazyField, String serviceField) throws ReflectiveOperationException {
        Field lazyField = MockVaadinKt.class.getDeclaredField(karibuLazyField);
        lazyField.setAccessible(true);
        Object lazy = lazyField.get(null); // kotlin.SafePublicationLazyImpl
        Field value = lazy.getClass().getDeclaredField("_value");
        value.setAccessible(true);
        Field target = Service.class.getDeclaredField(serviceField);
        target.setAccessible(true);
        value.set(lazy, target);
    }
}
