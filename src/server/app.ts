/**
 * Builds the Fastify app: platform plugins first (errors, headers, CSRF, sessions),
 * then one module per feature. No listening here, so tests drive it with `inject`.
 */
import fastifyCookie from '@fastify/cookie';
import Fastify, { type FastifyInstance, type FastifyReply } from 'fastify';
import type { DestinationStream } from 'pino';
import { installSessions } from './platform/auth/session-plugin.js';
import type { Clock } from './platform/clock.js';
import type { Config } from './platform/config.js';
import type { FieldCipher } from './platform/crypto/field-cipher.js';
import type { Database } from './platform/db/database.js';
import type { Deps } from './platform/deps.js';
import { installErrorHandler } from './platform/http/error-handler.js';
import { AppError, problemBody } from './platform/http/problem.js';
import { buildOpenApi } from './platform/http/openapi.js';
import { installHostCheck } from './platform/http/host-check.js';
import { installOriginCheck } from './platform/http/origin-check.js';
import { publicAddresses } from './platform/http/public-address.js';
import { installSecurityHeaders } from './platform/http/security-headers.js';
import { installWebApp } from './platform/http/web-app.js';
import { loggerOptions, OneLinePerRequest } from './platform/logger.js';
import { registerDevOutbox } from './platform/mail/dev-outbox.js';
import { startOutboxSender, type OutboxSender } from './platform/mail/outbox-sender.js';
import type { RateLimiter } from './platform/rate-limit/rate-limiter.js';
import type { EventBus } from './platform/events/event-bus.js';
import { MemoryEventBus } from './platform/events/memory-event-bus.js';
import { registerEventRoutes } from './features/events/routes.js';
import { eventService } from './features/events/service.js';
import { registerAgreementRoutes } from './features/agreements/routes.js';
import { agreementService } from './features/agreements/service.js';
import { registerApologyRoutes } from './features/apologies/routes.js';
import { apologyService } from './features/apologies/service.js';
import { acknowledgmentService } from './features/breaches/acknowledgment-service.js';
import { registerBreachRoutes } from './features/breaches/routes.js';
import { breachService } from './features/breaches/service.js';
import { registerConversationRoutes } from './features/conversations/routes.js';
import { conversationService } from './features/conversations/service.js';
import { registerPathRoutes } from './features/path/routes.js';
import { pathService } from './features/path/service.js';
import { registerReportRoutes } from './features/report/routes.js';
import { reportService } from './features/report/service.js';
import { registerPromptRoutes } from './features/prompts/routes.js';
import { promptService } from './features/prompts/service.js';
import { registerCommitmentRoutes } from './features/commitments/routes.js';
import { commitmentService } from './features/commitments/service.js';
import { registerKindnessRoutes } from './features/kindness/routes.js';
import { kindnessService } from './features/kindness/service.js';
import { registerReassuranceRoutes } from './features/reassurance/routes.js';
import { reassuranceService } from './features/reassurance/service.js';
import { registerSetbackRoutes } from './features/setbacks/routes.js';
import { registerNeedRoutes } from './features/needs/routes.js';
import { needService } from './features/needs/service.js';
import { registerForgivenessRoutes } from './features/forgiveness/routes.js';
import { forgivenessService } from './features/forgiveness/service.js';
import { registerTrustQuestionnaireRoutes } from './features/trust-questionnaires/routes.js';
import { trustQuestionnaireService } from './features/trust-questionnaires/service.js';
import { setbackService } from './features/setbacks/service.js';
import { registerForecastRoutes } from './features/forecast/routes.js';
import { forecastRefresher } from './features/forecast/refresh.js';
import { FORECAST_REFRESH } from './features/forecast/queries.js';
import { forecastService } from './features/forecast/service.js';
import { installForecastTriggers } from './features/forecast/triggers.js';
import { createJobs } from './platform/jobs/create-jobs.js';
import type { Jobs } from './platform/jobs/jobs.js';
import { registerAuditRoutes } from './features/audit/routes.js';
import { auditService } from './features/audit/service.js';
import { registerAccountRoutes } from './features/accounts/routes.js';
import { accountService } from './features/accounts/service.js';
import { registerCheckInRoutes } from './features/check-ins/routes.js';
import { checkInService } from './features/check-ins/service.js';
import { commentExtras, registerCommentRoutes } from './features/guide-comments/routes.js';
import { commentService } from './features/guide-comments/service.js';
import { registerGuideRoutes } from './features/guide/routes.js';
import { registerAnnouncementJobs } from './features/guide-subscription/jobs.js';
import { registerSubscriptionRoutes } from './features/guide-subscription/routes.js';
import { subscriptionService } from './features/guide-subscription/service.js';
import { registerModerationRoutes } from './features/moderation/routes.js';
import { moderationService } from './features/moderation/service.js';
import { buildGuideSite } from './features/guide/site.js';
import { registerHealthRoutes } from './features/health/routes.js';
import { registerSecondFactorRoutes } from './features/second-factor/routes.js';
import { secondFactorService } from './features/second-factor/service.js';
import { registerSessionRoutes } from './features/sessions/routes.js';
import { sessionService } from './features/sessions/service.js';
import { registerSafetyRoutes } from './features/safety/routes.js';
import { safetyService } from './features/safety/service.js';
import { registerSpaceRoutes } from './features/spaces/routes.js';
import { registerTherapistRoutes } from './features/therapist/routes.js';
import { therapistService } from './features/therapist/service.js';
import { registerReminderJobs } from './features/reminders/jobs.js';
import { registerReminderRoutes } from './features/reminders/routes.js';
import { reminderService } from './features/reminders/service.js';
import { installReminderTriggers } from './features/reminders/triggers.js';
import { registerYourDataRoutes } from './features/your-data/routes.js';
import { registerEmailConfirmationRoutes } from './features/email-confirmation/routes.js';
import { emailConfirmationService } from './features/email-confirmation/service.js';
import { registerMailPreferenceRoutes } from './features/mail-preferences/routes.js';
import { mailPreferenceService } from './features/mail-preferences/service.js';
import { registerPasswordResetRoutes } from './features/password-reset/routes.js';
import { passwordResetService } from './features/password-reset/service.js';
import { yourDataService } from './features/your-data/service.js';
import { spaceService } from './features/spaces/service.js';

export interface AppOptions {
  config: Config;
  database: Database;
  clock: Clock;
  limiter: RateLimiter;
  /** Live updates; in process unless given (main.ts passes Redis when REDIS_URL is set). */
  bus?: EventBus;
  /** Tests shorten the event stream's timers. */
  liveUpdates?: Partial<LiveUpdateTiming>;
  cipher: FieldCipher;
  /** Where the built web app lives; omitted in API-only tests. */
  webDir?: string;
  /** Tests capture log lines here to prove no content reaches them. */
  logStream?: DestinationStream;
  /** Tests drain the outbox themselves instead of waiting for the poll. */
  pollOutbox?: boolean;
  /** The guide's articles; content/guide unless a test brings its own. */
  guideDir?: string;
  /** Tests run due jobs themselves (`app.jobs.runDue()`) instead of the in-process runner. */
  runJobs?: boolean;
}

export const API_VERSION = '1.0.0';

export interface LiveUpdateTiming {
  /** How often an open stream checks its session and membership again. */
  recheckMs: number;
  heartbeatMs: number;
  retryMs: number;
}

const LIVE_UPDATE_TIMING: LiveUpdateTiming = {
  recheckMs: 5_000,
  heartbeatMs: 25_000,
  retryMs: 3_000,
};

export interface RegisteredRouteInfo {
  method: string;
  url: string;
}

declare module 'fastify' {
  interface FastifyInstance {
    registeredRoutes: RegisteredRouteInfo[];
    /** Present when SMTP_URL is set. */
    outboxSender?: OutboxSender;
    /** Background jobs (forecast refresh, reminders). */
    jobs: Jobs;
  }
}

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const { config, database, clock, limiter, cipher } = options;
  const app = Fastify({
    logger: loggerOptions(config.logLevel, options.logStream),
    logController: new OneLinePerRequest(),
    bodyLimit: 64 * 1024,
    trustProxy: config.env === 'production',
    // Fastify's own guard against __proto__ and constructor keys in JSON bodies.
    onProtoPoisoning: 'error',
    onConstructorPoisoning: 'error',
    return503OnClosing: true,
    // A URL Fastify cannot even decode (`/%E0%A4%A`) gets a problem answer too.
    frameworkErrors: (_error, _request, rawReply) => {
      const reply = rawReply as unknown as FastifyReply;
      void reply
        .status(400)
        .header('content-type', 'application/problem+json; charset=utf-8')
        .send(
          problemBody(
            new AppError({ code: 'bad-request', title: 'The address could not be understood' }),
          ),
        );
    },
    forceCloseConnections: 'idle',
  });
  app.decorate('apiRoutes', []);
  // Outside production every answer is also parsed through its schema and
  // compared with what the serializer wrote (platform/http/response-serializer.ts).
  app.decorate('checkResponses', config.env !== 'production');
  // Every route Fastify registers, API or not: the access-matrix test walks this list.
  const registeredRoutes: RegisteredRouteInfo[] = [];
  app.decorate('registeredRoutes', registeredRoutes);
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) registeredRoutes.push({ method, url: route.url });
  });

  installErrorHandler(app);
  // First of all hooks: a request for any other host is refused before anything else runs.
  const addresses = publicAddresses(config);
  installHostCheck(app, addresses);
  // Fastify's own JSON parser (with its prototype-poisoning guard), except that
  // an empty body with a JSON content type means "no body", as clients expect.
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    if (body === '') {
      done(null, undefined);
      return;
    }
    // The default parser reports through `done`; its return value carries nothing.
    void parseJson(request, typeof body === 'string' ? body : body.toString('utf8'), done);
  });
  installSecurityHeaders(app, { hsts: config.secureCookies });
  installOriginCheck(app, addresses);
  await app.register(fastifyCookie);
  const cookie = { secure: config.secureCookies };
  installSessions(app, {
    db: database.db,
    clock,
    policy: { idleMs: config.sessionIdleMs, absoluteMs: config.sessionAbsoluteMs },
    cookie,
  });

  // A bus the app made itself is the app's to close; a given one is its maker's.
  const bus = options.bus ?? new MemoryEventBus();
  if (!options.bus) app.addHook('onClose', () => bus.close());
  const deps: Deps = {
    db: database.db,
    dbKind: database.kind,
    clock,
    config,
    limiter,
    bus,
    cipher,
    log: app.log,
  };
  const secondFactors = secondFactorService(deps);
  const accounts = accountService(deps, secondFactors);
  const safety = safetyService(deps);
  const spaces = spaceService(deps, safety);

  registerHealthRoutes(app, database.db);
  // The public guide: server-rendered pages, feeds, sitemap and robots.txt, and
  // the comments under its articles.
  const guide = buildGuideSite({ publicUrl: config.publicUrl, dir: options.guideDir });
  const comments = commentService(deps);
  registerGuideRoutes(app, guide, commentExtras(comments));
  registerCommentRoutes(app, guide, comments);
  registerModerationRoutes(app, moderationService(deps, guide.articles, comments));
  registerAccountRoutes(app, accounts, spaces, cookie);
  registerSessionRoutes(app, sessionService(deps), cookie);
  // E-mail and accounts (issue 11): links that confirm, reset and unsubscribe.
  registerEmailConfirmationRoutes(app, emailConfirmationService(deps, accounts), cookie);
  registerPasswordResetRoutes(app, passwordResetService(deps, secondFactors));
  await registerMailPreferenceRoutes(app, mailPreferenceService(deps));
  registerSecondFactorRoutes(app, secondFactors);
  registerSafetyRoutes(app, safety);
  registerTherapistRoutes(app, therapistService(deps, safety));
  registerYourDataRoutes(app, yourDataService(deps), cookie);
  registerAuditRoutes(app, auditService(deps));
  registerSpaceRoutes(app, spaces);
  registerCheckInRoutes(app, checkInService(deps));
  // The repair phase: steps 1–4 of the path, and setbacks.
  registerBreachRoutes(app, breachService(deps), acknowledgmentService(deps));
  registerApologyRoutes(app, apologyService(deps));
  registerConversationRoutes(app, conversationService(deps));
  registerPromptRoutes(app, promptService(deps));
  registerAgreementRoutes(app, agreementService(deps));
  registerSetbackRoutes(app, setbackService(deps));
  // Restore (step 5): commitments and their marks.
  registerCommitmentRoutes(app, commitmentService(deps));
  // Regaining trust: understanding needs (step 8) and forgiveness (step 10).
  registerNeedRoutes(app, needService(deps));
  registerForgivenessRoutes(app, forgivenessService(deps));
  // Restore and regain: notes and gestures (step 6).
  registerKindnessRoutes(app, kindnessService(deps));
  // Regain: asking for reassurance (step 9), answered by a note or an affirmation.
  registerReassuranceRoutes(app, reassuranceService(deps));
  // Trust measures (issue 10): the monthly trust questionnaire.
  registerTrustQuestionnaireRoutes(app, trustQuestionnaireService(deps));
  // Live updates (issue 11): the partner's activity as it happens.
  const liveUpdates = { ...LIVE_UPDATE_TIMING, ...options.liveUpdates };
  registerEventRoutes(app, eventService(deps, liveUpdates), liveUpdates);
  registerPathRoutes(app, pathService(deps));
  registerReportRoutes(app, reportService(deps));
  // Progress: the recovery forecast, recomputed by a job after new data arrives.
  const jobs = await createJobs(config, deps);
  app.addHook('onClose', () => jobs.stop());
  jobs.register(FORECAST_REFRESH, forecastRefresher(deps));
  app.decorate('jobs', jobs);
  installForecastTriggers(app, deps, jobs);
  registerForecastRoutes(app, forecastService(deps, jobs));
  // Reminders at each member's local time, planned as jobs.
  const reminders = reminderService(deps, jobs);
  registerReminderJobs(jobs, reminders);
  registerReminderRoutes(app, reminders);
  installReminderTriggers(app, reminders);
  // The guide's subscription: a mail job per new article, planned at start.
  const subscriptions = subscriptionService(deps, guide.articles, jobs);
  registerAnnouncementJobs(jobs, subscriptions);
  registerSubscriptionRoutes(app, guide, subscriptions);
  await subscriptions.planAnnouncements();

  let openApi: unknown;
  app.get('/api/v1/openapi.json', { config: { auth: 'public' } }, async () => {
    openApi ??= buildOpenApi(app.apiRoutes, { version: API_VERSION });
    return openApi;
  });

  if (config.smtpUrl) {
    const sender = startOutboxSender({
      db: database.db,
      clock,
      cipher,
      smtpUrl: config.smtpUrl,
      from: config.mailFrom,
      publicUrl: config.publicUrl,
      log: app.log,
      poll: options.pollOutbox ?? true,
    });
    app.decorate('outboxSender', sender);
    app.addHook('onClose', () => sender.stop());
  } else if (config.devOutbox) {
    registerDevOutbox(app, database.db, cipher);
  }

  // Every job kind is registered by now: pg-boss starts a worker per kind.
  if (options.runJobs ?? true) await jobs.start();

  if (options.webDir) await installWebApp(app, options.webDir);
  return app;
}
