package org.luoshi.accidents.internal.soap;

import java.util.List;

import javax.jws.WebMethod;
import javax.jws.WebParam;
import javax.jws.WebResult;
import javax.jws.WebService;

import org.luoshi.api.accident.AccidentDTO;
import org.luoshi.api.accident.AccidentFiringDTO;
import org.luoshi.api.accident.AccidentQuery;
import org.luoshi.api.accident.AccidentStepDTO;
import org.luoshi.api.soap.SoapSupport;

/** SOAP contract of accidents (生产安全事故) and their rules. */
@WebService(name = "AccidentService", targetNamespace = SoapSupport.NS)
public interface AccidentWebService {
    @WebMethod
    @WebResult(name = "accident")
    AccidentDTO recordAccident(@WebParam(name = "accident") AccidentDTO accident);

    @WebMethod
    @WebResult(name = "accident")
    AccidentDTO getAccident(@WebParam(name = "id") long id);

    @WebMethod
    @WebResult(name = "accident")
    List<AccidentDTO> listAccidents(@WebParam(name = "query") AccidentQuery query);

    @WebMethod
    @WebResult(name = "accident")
    AccidentDTO addAccidentStep(@WebParam(name = "id") long id, @WebParam(name = "step") AccidentStepDTO step);

    @WebMethod
    @WebResult(name = "sector")
    List<String> accidentSectors(@WebParam(name = "jurisdiction") String jurisdiction);

    @WebMethod
    @WebResult(name = "firing")
    List<AccidentFiringDTO> listAccidentFirings(@WebParam(name = "jurisdiction") String jurisdiction,
            @WebParam(name = "offset") int offset, @WebParam(name = "limit") int limit);

    @WebMethod
    @WebResult(name = "firing")
    AccidentFiringDTO decideAccidentAction(@WebParam(name = "firing") long firing, @WebParam(name = "action") int action,
            @WebParam(name = "confirm") boolean confirm, @WebParam(name = "note") String note);
}
