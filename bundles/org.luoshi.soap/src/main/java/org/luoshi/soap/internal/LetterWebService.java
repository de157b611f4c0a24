package org.luoshi.soap.internal;

import java.util.List;

import javax.jws.WebMethod;
import javax.jws.WebParam;
import javax.jws.WebResult;
import javax.jws.WebService;

import org.luoshi.api.letter.LetterDTO;
import org.luoshi.api.letter.LetterService;

/** SOAP contract of mechanism 4: 提醒函/提示函/督办函 — drafts, sending, 签收, answers, the ladder. */
@WebService(name = "LetterService", targetNamespace = SoapEndpoints.NS)
public interface LetterWebService {
    @WebMethod
    @WebResult(name = "letter")
    LetterDTO draftLetter(@WebParam(name = "letter") LetterDTO letter);

    @WebMethod
    @WebResult(name = "letter")
    LetterDTO updateLetter(@WebParam(name = "id") long id, @WebParam(name = "letter") LetterDTO letter);

    @WebMethod
    @WebResult(name = "letter")
    LetterDTO registerLetter(@WebParam(name = "letter") LetterDTO letter);

    @WebMethod
    @WebResult(name = "letter")
    List<LetterDTO> draftForOverdue(@WebParam(name = "jurisdiction") String jurisdiction,
            @WebParam(name = "issuer") String issuer);

    @WebMethod
    @WebResult(name = "letter")
    LetterDTO sendLetter(@WebParam(name = "id") long id);

    @WebMethod
    @WebResult(name = "letter")
    LetterDTO signLetter(@WebParam(name = "id") long id);

    @WebMethod
    @WebResult(name = "letter")
    LetterDTO answerLetter(@WebParam(name = "id") long id, @WebParam(name = "plan") String plan,
            @WebParam(name = "report") String report);

    @WebMethod
    @WebResult(name = "letter")
    LetterDTO escalateLetter(@WebParam(name = "id") long id);

    @WebMethod
    @WebResult(name = "letter")
    LetterDTO getLetter(@WebParam(name = "id") long id);

    @WebMethod
    @WebResult(name = "letter")
    List<LetterDTO> listLetters(@WebParam(name = "jurisdiction") String jurisdiction);

    /** Delegates every call to the {@link LetterService} as the authenticated caller. */
    final class Impl implements LetterWebService {
        private final LetterService letters;

        Impl(LetterService letters) {
            this.letters = letters;
        }

        @Override
        public LetterDTO draftLetter(LetterDTO letter) {
            return SoapCalls.call(a -> letters.draft(a, letter));
        }

        @Override
        public LetterDTO updateLetter(long id, LetterDTO letter) {
            return SoapCalls.call(a -> letters.update(a, id, letter));
        }

        @Override
        public LetterDTO registerLetter(LetterDTO letter) {
            return SoapCalls.call(a -> letters.register(a, letter));
        }

        @Override
        public List<LetterDTO> draftForOverdue(String jurisdiction, String issuer) {
            return SoapCalls.call(a -> letters.draftForOverdue(a, jurisdiction, issuer));
        }

        @Override
        public LetterDTO sendLetter(long id) {
            return SoapCalls.call(a -> letters.send(a, id));
        }

        @Override
        public LetterDTO signLetter(long id) {
            return SoapCalls.call(a -> letters.sign(a, id));
        }

        @Override
        public LetterDTO answerLetter(long id, String plan, String report) {
            return SoapCalls.call(a -> letters.answer(a, id, plan, report));
        }

        @Override
        public LetterDTO escalateLetter(long id) {
            return SoapCalls.call(a -> letters.escalate(a, id));
        }

        @Override
        public LetterDTO getLetter(long id) {
            return SoapCalls.call(a -> letters.get(a, id));
        }

        @Override
        public List<LetterDTO> listLetters(String jurisdiction) {
            return SoapCalls.call(a -> letters.list(a, jurisdiction));
        }
    }
}
