package org.luoshi.jurisdiction.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** PID {@code org.luoshi.plugins}: which plugin jars the platform takes through 插件管理, and from where. */
@ObjectClassDefinition(name = "辖区插件信任策略 (region plugin trust policy)",
        description = "通过插件管理安装或升级的插件须满足其一：SHA-256 在允许列表中，或由受信任的证书签名（jarsigner）。"
                + "deploy/ 目录中的插件由服务器管理员放置，不经此策略。")
public @interface PluginPolicy {
    @AttributeDefinition(name = "允许的 SHA-256 摘要 (trusted digests)", required = false,
            description = "插件 jar 的 SHA-256（十六进制），可用逗号或空白分隔多个")
    String[] trustedDigests() default {};

    @AttributeDefinition(name = "受信任的签名证书 (trusted certificates)", required = false,
            description = "X.509 证书：PEM 文件路径（相对于 etc/）或 PEM 文本；由其签名的插件被接受")
    String[] trustedCertificates() default {};

    @AttributeDefinition(name = "插件大小上限（字节）(maximum jar size)", min = "1024",
            description = "上传的插件 jar 不得超过此大小；解压后不得超过其 8 倍")
    long maxBytes() default 5L * 1024 * 1024;

    @AttributeDefinition(name = "本地 Maven 仓库 (local repositories)", required = false,
            description = "离线站点从这些目录读取 mvn: 地址的插件；默认 ~/.m2/repository 和 Karaf 的 system/")
    String[] repositories() default {};
}
