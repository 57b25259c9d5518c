package se.tryggve.shared.web;

import org.springframework.validation.BindingResult;

import se.tryggve.shared.RuleViolationException;

/** Puts a business-rule refusal beside the form field it concerns, in the user's language. */
public final class FormErrors {

    private FormErrors() {
    }

    public static void reject(BindingResult binding, RuleViolationException e) {
        if (e.field() != null && binding.getTarget() != null
                && org.springframework.beans.BeanUtils.getPropertyDescriptor(binding.getTarget().getClass(), e.field()) != null) {
            binding.rejectValue(e.field(), e.messageKey(), e.args(), e.messageKey());
        } else if (e.field() != null && hasRecordComponent(binding.getTarget(), e.field())) {
            binding.rejectValue(e.field(), e.messageKey(), e.args(), e.messageKey());
        } else {
            binding.reject(e.messageKey(), e.args(), e.messageKey());
        }
    }

    private static boolean hasRecordComponent(Object target, String field) {
        if (target == null || !target.getClass().isRecord()) {
            return false;
        }
        for (var c : target.getClass().getRecordComponents()) {
            if (c.getName().equals(field)) {
                return true;
            }
        }
        return false;
    }
}
