package org.luoshi.ranking.internal.soap;

import java.util.List;

import javax.jws.WebMethod;
import javax.jws.WebParam;
import javax.jws.WebResult;
import javax.jws.WebService;

import org.luoshi.api.ranking.EvaluationDTO;
import org.luoshi.api.ranking.RankHistoryDTO;
import org.luoshi.api.ranking.RankingDTO;
import org.luoshi.api.soap.SoapSupport;

/** SOAP contract of evaluation and ranking (考评排队): reading rules, rankings and ranks; refusals as SOAP Faults. */
@WebService(name = "RankingService", targetNamespace = SoapSupport.NS)
public interface RankingWebService {
    @WebMethod
    @WebResult(name = "evaluation")
    List<EvaluationDTO> listEvaluations();

    @WebMethod
    @WebResult(name = "ranking")
    RankingDTO getRanking(@WebParam(name = "evaluation") String evaluation, @WebParam(name = "month") String month);

    @WebMethod
    @WebResult(name = "unit")
    List<RankHistoryDTO> getHistory(@WebParam(name = "evaluation") String evaluation, @WebParam(name = "unit") String unit);
}
