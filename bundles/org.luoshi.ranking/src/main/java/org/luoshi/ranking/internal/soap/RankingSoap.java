package org.luoshi.ranking.internal.soap;

import java.util.List;

import javax.annotation.Resource;
import javax.xml.ws.WebServiceContext;

import org.luoshi.api.ranking.EvaluationDTO;
import org.luoshi.api.ranking.RankHistoryDTO;
import org.luoshi.api.ranking.RankingDTO;
import org.luoshi.api.ranking.RankingService;
import org.luoshi.api.soap.SoapSupport;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The SOAP endpoint {@code /soap/rankings}: rankings as the authenticated caller sees them. */
@Component(service = RankingWebService.class, property = SoapSupport.ADDRESS + "=/rankings")
public class RankingSoap implements RankingWebService {
    @Resource
    private WebServiceContext context;

    private final RankingService rankings;

    @Activate
    public RankingSoap(@Reference RankingService rankings) {
        this.rankings = rankings;
    }

    @Override
    public List<EvaluationDTO> listEvaluations() {
        return rankings.evaluations(SoapSupport.actor(context));
    }

    @Override
    public RankingDTO getRanking(String evaluation, String month) {
        return rankings.ranking(SoapSupport.actor(context), evaluation, month);
    }

    @Override
    public List<RankHistoryDTO> getHistory(String evaluation, String unit) {
        return rankings.history(SoapSupport.actor(context), evaluation, unit);
    }
}
