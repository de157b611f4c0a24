package org.luoshi.dispatch.internal.soap;

import java.util.List;

import javax.jws.WebMethod;
import javax.jws.WebParam;
import javax.jws.WebResult;
import javax.jws.WebService;

import org.luoshi.api.dispatch.MeetingDTO;
import org.luoshi.api.soap.SoapSupport;

/** SOAP contract of meeting dispatch (会议调度): meetings whose assignments become tasks. */
@WebService(name = "MeetingService", targetNamespace = SoapSupport.NS)
public interface MeetingWebService {
    @WebMethod
    @WebResult(name = "meeting")
    MeetingDTO recordMeeting(@WebParam(name = "meeting") MeetingDTO meeting);

    @WebMethod
    @WebResult(name = "meeting")
    MeetingDTO getMeeting(@WebParam(name = "id") long id);

    @WebMethod
    @WebResult(name = "meeting")
    List<MeetingDTO> listMeetings(@WebParam(name = "jurisdiction") String jurisdiction);
}
