package org.luoshi.letters.internal.soap;

import java.util.List;

import javax.jws.WebMethod;
import javax.jws.WebParam;
import javax.jws.WebResult;
import javax.jws.WebService;

import org.luoshi.api.letter.LetterDTO;
import org.luoshi.api.soap.SoapSupport;

/** SOAP contract of mechanism 4: 提醒函/提示函/督办函 — drafts, sending, 签收, answers, the ladder. */
@WebService(name = "LetterService", targetNamespace = SoapSupport.NS)
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
}
