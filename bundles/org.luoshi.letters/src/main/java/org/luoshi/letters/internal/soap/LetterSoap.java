package org.luoshi.letters.internal.soap;

import java.util.List;

import javax.annotation.Resource;
import javax.xml.ws.WebServiceContext;

import org.luoshi.api.letter.LetterDTO;
import org.luoshi.api.letter.LetterService;
import org.luoshi.api.soap.SoapSupport;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The SOAP endpoint {@code /soap/letters}: letters as the authenticated caller. */
@Component(service = LetterWebService.class, property = SoapSupport.ADDRESS + "=/letters")
public class LetterSoap implements LetterWebService {
    @Resource
    private WebServiceContext context;

    private final LetterService letters;

    @Activate
    public LetterSoap(@Reference LetterService letters) {
        this.letters = letters;
    }

    @Override
    public LetterDTO draftLetter(LetterDTO letter) {
        return letters.draft(SoapSupport.actor(context), letter);
    }

    @Override
    public LetterDTO updateLetter(long id, LetterDTO letter) {
        return letters.update(SoapSupport.actor(context), id, letter);
    }

    @Override
    public LetterDTO registerLetter(LetterDTO letter) {
        return letters.register(SoapSupport.actor(context), letter);
    }

    @Override
    public List<LetterDTO> draftForOverdue(String jurisdiction, String issuer) {
        return letters.draftForOverdue(SoapSupport.actor(context), jurisdiction, issuer);
    }

    @Override
    public LetterDTO sendLetter(long id) {
        return letters.send(SoapSupport.actor(context), id);
    }

    @Override
    public LetterDTO signLetter(long id) {
        return letters.sign(SoapSupport.actor(context), id);
    }

    @Override
    public LetterDTO answerLetter(long id, String plan, String report) {
        return letters.answer(SoapSupport.actor(context), id, plan, report);
    }

    @Override
    public LetterDTO escalateLetter(long id) {
        return letters.escalate(SoapSupport.actor(context), id);
    }

    @Override
    public LetterDTO getLetter(long id) {
        return letters.get(SoapSupport.actor(context), id);
    }

    @Override
    public List<LetterDTO> listLetters(String jurisdiction) {
        return letters.list(SoapSupport.actor(context), jurisdiction);
    }
}
