package org.luoshi.enterprises.internal.soap;

import javax.annotation.Resource;
import javax.xml.ws.WebServiceContext;

import org.luoshi.api.LuoshiException;
import org.luoshi.api.enterprise.EnterpriseDTO;
import org.luoshi.api.enterprise.EnterpriseHistoryDTO;
import org.luoshi.api.enterprise.EnterprisePage;
import org.luoshi.api.enterprise.EnterpriseQuery;
import org.luoshi.api.enterprise.EnterpriseService;
import org.luoshi.api.soap.SoapSupport;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The SOAP endpoint {@code /soap/enterprises}: the register as the authenticated caller. */
@Component(service = EnterpriseWebService.class, property = SoapSupport.ADDRESS + "=/enterprises")
public class EnterpriseSoap implements EnterpriseWebService {
    @Resource
    private WebServiceContext context;

    private final EnterpriseService enterprises;

    @Activate
    public EnterpriseSoap(@Reference EnterpriseService enterprises) {
        this.enterprises = enterprises;
    }

    @Override
    public EnterpriseDTO createEnterprise(EnterpriseDTO enterprise) {
        return enterprises.create(SoapSupport.actor(context), enterprise);
    }

    @Override
    public EnterpriseDTO getEnterprise(long id) {
        return enterprises.get(SoapSupport.actor(context), id);
    }

    @Override
    public EnterpriseDTO findByCreditCode(String creditCode) {
        return enterprises.byCreditCode(SoapSupport.actor(context), creditCode)
                .orElseThrow(() -> LuoshiException.notFound("该统一社会信用代码未登记或不在您的监管范围内"));
    }

    @Override
    public EnterpriseDTO updateEnterprise(long id, EnterpriseDTO enterprise) {
        return enterprises.update(SoapSupport.actor(context), id, enterprise);
    }

    @Override
    public EnterprisePage listEnterprises(EnterpriseQuery query) {
        return enterprises.list(SoapSupport.actor(context), query);
    }

    @Override
    public EnterpriseHistoryDTO getHistory(long id) {
        return enterprises.history(SoapSupport.actor(context), id);
    }
}
