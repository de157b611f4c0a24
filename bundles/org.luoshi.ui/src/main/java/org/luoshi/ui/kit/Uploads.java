package org.luoshi.ui.kit;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.function.Supplier;

import org.luoshi.api.LuoshiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.component.upload.receivers.MemoryBuffer;
import com.vaadin.flow.server.StreamResource;

/**
 * File uploads and downloads of the dialogs: an {@link Upload} in Chinese that keeps the file in memory (at most
 * {@link #MAX_BYTES}; the service checks the type by content), and download resources that read a file's bytes from a
 * service only when the link is followed.
 */
public final class Uploads {
    /** The platform's file size limit (the file service's default), checked in the browser before sending. */
    public static final int MAX_BYTES = 10 * 1024 * 1024;
    private static final Logger LOG = LoggerFactory.getLogger(Uploads.class);

    /** What to do with a received file: its (display) name and bytes; runs with the session locked. */
    public interface Receiver {
        void received(String name, byte[] bytes);
    }

    private Uploads() {
    }

    /** An upload of one file at a time into memory; {@code types} limit the browser's file chooser (may be empty). */
    public static Upload upload(String id, Receiver receiver, String... types) {
        return upload(id, MAX_BYTES, receiver, types);
    }

    /**
     * As {@link #upload(String, Receiver, String...)} with another size limit than the platform's (e.g. a plugin jar),
     * checked in the browser before sending and named in its message.
     */
    public static Upload upload(String id, int maxBytes, Receiver receiver, String... types) {
        MemoryBuffer buffer = new MemoryBuffer();
        Upload upload = new Upload(buffer);
        upload.setId(id);
        upload.setMaxFileSize(maxBytes);
        upload.setMaxFiles(1);
        upload.setDropAllowed(true);
        if (types != null && types.length > 0) {
            upload.setAcceptedFileTypes(types);
        }
        upload.setI18n(chinese(maxBytes));
        upload.addFileRejectedListener(e -> Feedback.error("文件未上传：" + Labels.nz(e.getErrorMessage())));
        upload.addFailedListener(e -> Feedback.error("文件上传失败，请重试"));
        upload.addSucceededListener(e -> {
            byte[] bytes;
            try (InputStream in = buffer.getInputStream()) {
                bytes = in.readAllBytes();
            } catch (IOException ex) {
                LOG.error("Reading an uploaded file failed", ex);
                Feedback.error(Feedback.SYSTEM_ERROR);
                return;
            } finally {
                upload.clearFileList();
            }
            receiver.received(e.getFileName(), bytes);
        });
        return upload;
    }

    /** A download that asks the service for the bytes when followed; a refusal is shown on the page. */
    public static StreamResource download(Component owner, String name, String mediaType, Supplier<byte[]> bytes) {
        StreamResource resource = new StreamResource(name == null || name.isBlank() ? "文件" : name, () -> {
            try {
                return new ByteArrayInputStream(bytes.get());
            } catch (LuoshiException e) {
                later(owner, e.getMessage());
                throw e;
            } catch (RuntimeException e) {
                LOG.error("Download of {} failed", name, e);
                later(owner, Feedback.SYSTEM_ERROR);
                throw e;
            }
        });
        if (mediaType != null) {
            resource.setContentType(mediaType);
        }
        resource.setCacheTime(0);
        return resource;
    }

    /**
     * An image read from a service when the browser asks for it; its type (JPEG or PNG) is told by its first bytes,
     * read once per request.
     */
    public static StreamResource image(Component owner, String name, Supplier<byte[]> bytes) {
        ThreadLocal<byte[]> fetched = new ThreadLocal<>();
        Supplier<byte[]> read = () -> {
            byte[] b = fetched.get();
            fetched.remove();
            return b != null ? b : bytes.get();
        };
        StreamResource resource = download(owner, name, null, read::get);
        resource.setContentTypeResolver((r, context) -> {
            try {
                byte[] b = bytes.get();
                fetched.set(b);
                return b.length > 3 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' ? "image/png" : "image/jpeg";
            } catch (RuntimeException e) {
                // the stream reports it
                return "image/jpeg";
            }
        });
        return resource;
    }

    /** Shows a message with the page's next round trip (a download is not one). */
    private static void later(Component owner, String message) {
        owner.getUI().ifPresent(ui -> ui.access(() -> Feedback.error("下载失败：" + message)));
    }

    /** A size for people: 512 B, 12.3 KB, 4.5 MB. */
    public static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format("%.1f KB", bytes / 1024.0);
        }
        return String.format("%.1f MB", bytes / 1024.0 / 1024.0);
    }

    private static UploadI18N chinese(int maxBytes) {
        UploadI18N i18n = new UploadI18N();
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne("拖放文件到此处").setMany("拖放文件到此处"));
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne("选择文件…").setMany("选择文件…"));
        i18n.setError(new UploadI18N.Error().setTooManyFiles("一次只能上传一个文件")
                .setFileIsTooBig("文件超过 " + maxBytes / 1024 / 1024 + " MB 上限").setIncorrectFileType("文件类型不允许"));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status().setConnecting("正在连接…").setStalled("已暂停")
                        .setProcessing("正在处理…").setHeld("排队中"))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime().setPrefix("剩余时间：").setUnknown("剩余时间未知"))
                .setError(new UploadI18N.Uploading.Error().setServerUnavailable("上传失败，请稍后重试")
                        .setUnexpectedServerError("上传失败（服务器错误）").setForbidden("上传被拒绝")));
        i18n.setFile(new UploadI18N.File().setRetry("重试").setStart("开始").setRemove("移除"));
        i18n.setUnits(new UploadI18N.Units().setSize(List.of("B", "KB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB")));
        return i18n;
    }
}
