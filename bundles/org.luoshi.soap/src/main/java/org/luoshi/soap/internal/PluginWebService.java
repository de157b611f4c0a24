package org.luoshi.soap.internal;

import java.util.List;

import javax.jws.WebMethod;
import javax.jws.WebParam;
import javax.jws.WebResult;
import javax.jws.WebService;

import org.luoshi.api.jurisdiction.PluginCheckDTO;
import org.luoshi.api.jurisdiction.PluginDTO;
import org.luoshi.api.soap.SoapSupport;

/**
 * SOAP contract of 插件管理 (administrators): the region plugins, and checking, installing, upgrading, removing and
 * rolling back plugin jars ({@code jar} as base64Binary, or {@code url} naming one in the local Maven repository).
 */
@WebService(name = "PluginService", targetNamespace = SoapSupport.NS)
public interface PluginWebService {
    @WebMethod
    @WebResult(name = "plugin")
    List<PluginDTO> listPlugins();

    @WebMethod
    @WebResult(name = "check")
    PluginCheckDTO checkPlugin(@WebParam(name = "jar") byte[] jar, @WebParam(name = "url") String url);

    @WebMethod
    @WebResult(name = "plugin")
    PluginDTO installPlugin(@WebParam(name = "jar") byte[] jar, @WebParam(name = "url") String url);

    @WebMethod
    @WebResult(name = "plugin")
    PluginDTO upgradePlugin(@WebParam(name = "bundle") String bundle, @WebParam(name = "jar") byte[] jar,
            @WebParam(name = "url") String url);

    @WebMethod
    @WebResult(name = "plugin")
    PluginDTO removePlugin(@WebParam(name = "bundle") String bundle);

    @WebMethod
    @WebResult(name = "plugin")
    PluginDTO rollbackPlugin(@WebParam(name = "bundle") String bundle);
}
