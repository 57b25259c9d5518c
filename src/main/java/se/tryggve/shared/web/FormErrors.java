package se.tryggve.shared.web;

import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.validation.BindingResult;

import se.tryggve.shared.RuleViolationException;
import se.tryggve.shared.StaleVersionException;

/**
 * Puts a business-rule refusal beside the form field it concerns, in the user's language; and runs a
 * form's use case so that every refusal the user can correct ends up on the re-rendered form.
 */
public final class FormErrors {

    private FormErrors() {
    }

    /**
     * Runs the use case of a submitted form, unless the form already has errors.
     * <p>
     * A page must never answer a refusal with an error page: the user corrects the form and sends it
     * again. So a {@link RuleViolationException} is put beside its field (see {@link #reject}), and a
     * stale version ({@link StaleVersionException}, or an {@link OptimisticLockingFailureException}
     * from the store) becomes the form-wide error {@code shared.stale}: someone else saved the object
     * since the form was opened. Any other exception propagates.
     * <p>
     * Typical use: {@code return attempt(binding, () -> service.create(...)).map(c -> "redirect:/x/" + c.id())
     * .orElseGet(() -> formView(...));} — or test {@code isPresent()} to add a flash message first.
     *
     * @param useCase must not return null
     * @return the use case's result; empty when the binding already had errors (the use case is then
     *         not called), or the use case was refused and the refusal is now in {@code binding}
     */
    public static <T> Optional<T> attempt(BindingResult binding, Supplier<T> useCase) {
        if (binding.hasErrors()) {
            return Optional.empty();
        }
        try {
            return Optional.of(useCase.get());
        } catch (RuleViolationException e) {
            reject(binding, e);
        } catch (StaleVersionException | OptimisticLockingFailureException e) {
            binding.reject("shared.stale");
        }
        return Optional.empty();
    }

    /**
     * {@link #attempt(BindingResult, Supplier)} when the page needs no result of the use case:
     * {@code if (succeeds(binding, () -> service.update(...))) { ...redirect... } return formView(...);}.
     * (A separate name, not an overload: a lambda calling a use case that returns a value fits both a
     * {@code Supplier} and a {@code Runnable}, and Java would pick the {@code Supplier}.)
     *
     * @return true when the use case ran and succeeded; false when the binding already had errors or
     *         the refusal is now in {@code binding}
     */
    public static boolean succeeds(BindingResult binding, Runnable useCase) {
        return attempt(binding, () -> {
            useCase.run();
            return Boolean.TRUE;
        }).isPresent();
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
