package se.tryggve.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Group commit for case registrations. Gapless numbering keeps a registry's counter row locked until
 * the registering transaction commits, and a PostgreSQL commit waits for the WAL flush, so one
 * registration per commit cannot go faster than the disk flushes (≈ 250–500 a second here). When
 * several users register at the same time, the first one to get the lock registers everything queued
 * so far in one transaction — each registration in a savepoint of its own, so one refused
 * registration rolls back only its own serial — and one commit makes them all durable. Nobody gets an
 * answer before that commit, so a number once shown is never lost or reused, and there are no gaps.
 * Without concurrency a batch is one registration: the same as before.
 */
@Component
class CaseRegistrationCombiner {

    /** Enough to amortise a flush; small enough that one batch does not hold the row lock long. */
    static final int MAX_BATCH = 64;

    private final ObjectProvider<Cases> cases;
    private final TransactionTemplate batchTransaction;
    private final TransactionTemplate savepoint;
    private final ConcurrentLinkedQueue<Pending> queue = new ConcurrentLinkedQueue<>();
    private final ReentrantLock combining = new ReentrantLock();
    private final java.util.concurrent.locks.Condition batchCommitted = combining.newCondition();
    /** Guarded by {@link #combining}: a caller is combining a batch right now. */
    private boolean combinerActive;
    /** Batches and registrations committed through batches, for the benchmark's average batch size. */
    final java.util.concurrent.atomic.AtomicLong batches = new java.util.concurrent.atomic.AtomicLong();
    final java.util.concurrent.atomic.AtomicLong batched = new java.util.concurrent.atomic.AtomicLong();

    CaseRegistrationCombiner(ObjectProvider<Cases> cases, PlatformTransactionManager transactions) {
        this.cases = cases;
        this.batchTransaction = new TransactionTemplate(transactions);
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    CaseInfo register(long m, CaseInput in) {
        // A caller's own transaction must contain the registration (e.g. a case made from a follow-up
        // with its documents); an import under a stated number allocates nothing worth batching.
        if (in.getSerial() != null || TransactionSynchronizationManager.isActualTransactionActive()) {
            return cases.getObject().registerNow(m, in);
        }
        Pending mine = new Pending(m, in, SecurityContextHolder.getContext());
        queue.add(mine);
        // Leader and followers: one caller at a time combines (outside the lock); the others sleep on
        // the condition and wake when a batch is committed — those in it return, one of the rest
        // combines everything queued meanwhile. A caller never needs the combiner's turn only to
        // learn that its registration is done, so batches grow with the number of waiting callers.
        combining.lock();
        try {
            while (!mine.done) {
                if (combinerActive) {
                    batchCommitted.awaitUninterruptibly();
                    continue;
                }
                combinerActive = true;
                combining.unlock();
                try {
                    combine();
                } finally {
                    combining.lock();
                    combinerActive = false;
                    batchCommitted.signalAll();
                }
            }
        } finally {
            combining.unlock();
        }
        return mine.outcome();
    }

    /** Runs as the only combiner: takes what is queued (this caller's registration among it) and commits it once. */
    private void combine() {
        List<Pending> batch = new ArrayList<>();
        Pending next;
        while (batch.size() < MAX_BATCH && (next = queue.poll()) != null) {
            batch.add(next);
        }
        try {
            try {
                batchTransaction.executeWithoutResult(status -> batch.forEach(this::runInSavepoint));
            } catch (RuntimeException commitFailed) {
                // Nothing of the batch was committed. Each registration then gets a transaction of its own,
                // so a fault of the batch is not reported to registrations that would have succeeded.
                batch.forEach(p -> p.run(() -> cases.getObject().registerNow(p.m, p.in)));
            }
            batches.incrementAndGet();
            batched.addAndGet(batch.size());
        } finally {
            batch.forEach(Pending::finish);
        }
    }

    private void runInSavepoint(Pending p) {
        p.run(() -> savepoint.execute(status -> cases.getObject().registerNow(p.m, p.in)));
    }

    /** One queued registration; runs with its caller's security context, so the audit names the caller. */
    private static final class Pending {
        final long m;
        final CaseInput in;
        final SecurityContext context;
        volatile boolean done;
        CaseInfo result;
        RuntimeException error;

        Pending(long m, CaseInput in, SecurityContext context) {
            this.m = m;
            this.in = in;
            this.context = context;
        }

        void run(java.util.function.Supplier<CaseInfo> work) {
            SecurityContext before = SecurityContextHolder.getContext();
            SecurityContextHolder.setContext(context);
            try {
                result = work.get();
                error = null;
            } catch (RuntimeException e) {
                result = null;
                error = e;
            } finally {
                SecurityContextHolder.setContext(before);
            }
        }

        /** Done, whatever happened: a registration that got neither result nor error failed with the batch. */
        void finish() {
            if (result == null && error == null) {
                error = new IllegalStateException("the registration's batch failed");
            }
            done = true;
        }

        CaseInfo outcome() {
            if (error != null) {
                throw error;
            }
            return result;
        }
    }
}
