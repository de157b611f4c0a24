package org.luoshi.soap.internal;

import java.util.List;

import javax.annotation.Resource;
import javax.xml.ws.WebServiceContext;

import org.luoshi.api.LuoshiException;
import org.luoshi.api.jurisdiction.CatalogTaskDTO;
import org.luoshi.api.jurisdiction.JurisdictionDTO;
import org.luoshi.api.jurisdiction.JurisdictionRegistry;
import org.luoshi.api.jurisdiction.UnitDTO;
import org.luoshi.api.soap.SoapSupport;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /soap/jurisdictions}: the installed jurisdictions, their units and catalogs (the shell's own endpoint). */
@Component(service = JurisdictionWebService.class, property = SoapSupport.ADDRESS + "=/jurisdictions")
public class JurisdictionSoap implements JurisdictionWebService {
    @Resource
    private WebServiceContext context;
    private final JurisdictionRegistry registry;

    @Activate
    public JurisdictionSoap(@Reference JurisdictionRegistry registry) {
        this.registry = registry;
    }

    @Override
    public List<JurisdictionDTO> listJurisdictions() {
        SoapSupport.actor(context);
        return registry.jurisdictions();
    }

    @Override
    public List<CatalogTaskDTO> getCatalog(String jurisdiction) {
        SoapSupport.actor(context);
        return registry.catalog(jurisdiction).orElseThrow(() -> unknown(jurisdiction));
    }

    @Override
    public List<UnitDTO> getUnits(String jurisdiction) {
        SoapSupport.actor(context);
        return registry.units(jurisdiction).orElseThrow(() -> unknown(jurisdiction));
    }

    private static LuoshiException unknown(String id) {
        return LuoshiException.notFound("辖区 “" + id + "” 未安装");
    }
}
