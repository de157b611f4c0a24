package org.luoshi.ui.kit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The mechanism services a view cannot work without, declared on the view class (the same as, and added to,
 * {@link UiView#needs()}). Its menu entry shows only while they are all present, and while one is missing the view
 * shows a notice instead of its content ({@link SecuredView}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Needs {
    /** The service interfaces, e.g. {@code TransferService.class}. */
    Class<?>[] value();
}
