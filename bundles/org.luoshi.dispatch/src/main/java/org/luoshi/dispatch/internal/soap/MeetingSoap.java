package org.luoshi.dispatch.internal.soap;

import java.util.List;

import javax.annotation.Resource;
import javax.xml.ws.WebServiceContext;

import org.luoshi.api.dispatch.MeetingDTO;
import org.luoshi.api.dispatch.MeetingService;
import org.luoshi.api.soap.SoapSupport;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The SOAP endpoint {@code /soap/meetings}: meeting dispatch as the authenticated caller. */
@Component(service = MeetingWebService.class, property = SoapSupport.ADDRESS + "=/meetings")
public class MeetingSoap implements MeetingWebService {
    @Resource
    private WebServiceContext context;

    private final MeetingService meetings;

    @Activate
    public MeetingSoap(@Reference MeetingService meetings) {
        this.meetings = meetings;
    }

    @Override
    public MeetingDTO recordMeeting(MeetingDTO meeting) {
        return meetings.record(SoapSupport.actor(context), meeting);
    }

    @Override
    public MeetingDTO getMeeting(long id) {
        return meetings.get(SoapSupport.actor(context), id);
    }

    @Override
    public List<MeetingDTO> listMeetings(String jurisdiction) {
        return meetings.list(SoapSupport.actor(context), jurisdiction);
    }
}
