package org.luoshi.ui.kit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.luoshi.api.LuoshiException;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.textfield.TextField;

/**
 * A refusal lands at the fields it names, with one summary line; a mark goes when the person changes the field or the
 * next refusal no longer names it.
 */
class FeedbackTest {

    @Test
    void fieldErrorsAreMarkedAndSummarised() {
        TextField title = new TextField("标题");
        TextField deadline = new TextField("期限");
        TextField note = new TextField("备注");
        var fields = Forms.fields("title", title, "deadline", deadline, "note", note);
        LuoshiException two = new LuoshiException(LuoshiException.Kind.INVALID, "填写有误",
                Map.of("title", "请填写标题", "deadline", "日期格式应为 yyyy-MM-dd"));

        assertEquals(2, Feedback.mark(two, fields));
        assertTrue(title.isInvalid());
        assertEquals("请填写标题", title.getErrorMessage());
        assertTrue(deadline.isInvalid());
        assertEquals("日期格式应为 yyyy-MM-dd", deadline.getErrorMessage());
        assertFalse(note.isInvalid());
        assertEquals("填写有误（共 2 处，已在填写处标出）", Feedback.summary(two, 2));

        // the person corrects the title: its mark goes at once, the deadline's stays (a field under manual validation
        // keeps a mark until it is cleared: this one is)
        title.setManualValidation(true);
        deadline.setManualValidation(true);
        ComponentUtil.fireEvent(title, new AbstractField.ComponentValueChangeEvent<>(title, title, "", true));
        assertFalse(title.isInvalid());
        assertTrue(deadline.isInvalid());

        // the next refusal names only the title: the deadline's old mark goes
        LuoshiException one = new LuoshiException(LuoshiException.Kind.INVALID, "请填写标题",
                Map.of("title", "请填写标题"));
        assertEquals(1, Feedback.mark(one, fields));
        assertTrue(title.isInvalid());
        assertFalse(deadline.isInvalid());
        assertEquals("请填写标题（已在填写处标出）", Feedback.summary(one, 1));
    }

    @Test
    void aFieldUnderSeveralNamesIsMarkedOnce() {
        TextField d2 = new TextField("存在的问题");
        var fields = Forms.fields("D2", d2, "values.D2", d2, "values[D2]", d2);
        LuoshiException e = new LuoshiException(LuoshiException.Kind.INVALID, "报表有 1 项填写有误",
                Map.of("values.D2", "必须填写"));
        assertEquals(1, Feedback.mark(e, fields));
        assertTrue(d2.isInvalid(), "named under one of its names: marked, not cleared by the others");
        assertEquals("必须填写", d2.getErrorMessage());
    }

    @Test
    void aRefusalWithoutFieldsIsItsMessage() {
        LuoshiException e = LuoshiException.forbidden("此操作只能由收函单位办理");
        assertEquals(0, Feedback.mark(e, Map.of()));
        assertEquals("此操作只能由收函单位办理", Feedback.summary(e, 0));
    }
}
