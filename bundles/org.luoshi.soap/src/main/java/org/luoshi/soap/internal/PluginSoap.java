package org.luoshi.soap.internal;

import java.util.List;

import javax.annotation.Resource;
import javax.xml.ws.WebServiceContext;

import org.luoshi.api.Actor;
import org.luoshi.api.jurisdiction.PluginCheckDTO;
import org.luoshi.api.jurisdiction.PluginDTO;
import org.luoshi.api.jurisdiction.Plugins;
import org.luoshi.api.soap.SoapSupport;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /soap/plugins}: 插件管理 for integrators' and administrators' programs; the service decides who may. */
@Component(service = PluginWebService.class, property = SoapSupport.ADDRESS + "=/plugins")
public class PluginSoap implements PluginWebService {
    @Resource
    private WebServiceContext context;
    private final Plugins plugins;

    @Activate
    public PluginSoap(@Reference Plugins plugins) {
        this.plugins = plugins;
    }

    @Override
    public List<PluginDTO> listPlugins() {
        return plugins.list(SoapSupport.actor(context));
    }

    @Override
    public PluginCheckDTO checkPlugin(byte[] jar, String url) {
        Actor actor = SoapSupport.actor(context);
        return plugins.check(actor, jar(actor, jar, url));
    }

    @Override
    public PluginDTO installPlugin(byte[] jar, String url) {
        Actor actor = SoapSupport.actor(context);
        return plugins.install(actor, jar(actor, jar, url));
    }

    @Override
    public PluginDTO upgradePlugin(String bundle, byte[] jar, String url) {
        Actor actor = SoapSupport.actor(context);
        return plugins.upgrade(actor, bundle, jar(actor, jar, url));
    }

    @Override
    public PluginDTO removePlugin(String bundle) {
        return plugins.remove(SoapSupport.actor(context), bundle);
    }

    @Override
    public PluginDTO rollbackPlugin(String bundle) {
        return plugins.rollback(SoapSupport.actor(context), bundle);
    }

    private byte[] jar(Actor actor, byte[] jar, String url) {
        return url != null && !url.isBlank() ? plugins.fromRepository(actor, url) : jar;
    }
}
