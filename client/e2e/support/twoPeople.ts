import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { Coalition, person, signInThroughPage } from './accounts';
import { CuttableProxy } from './proxy';
import type { RunningServer } from './server';
import { serverAndBrowser, type ServerAndBrowser } from './serverAndBrowser';

/** The administrator who creates the two organisations; the tests never sign in as her in a browser. */
const administrator = person('Ada Admin');
/** Ana leads for the convening organisation (Child Rights Network); the tests' expected texts name her. */
const ana = person('Ana Lima');
/** Ben is the partner organisation's person (Enfance Sûre), with the role each statement gives him. */
const ben = person('Ben Carpentier');

export interface TwoPeopleOptions {
  /** Ana's browser reaches the server through a relay the test can cut ({@link TwoPeople.relay}); Ben's never does. */
  relayForAna?: boolean;
  /** How both browser contexts are made, e.g. the time zone and language of a file whose tests type and read times. */
  context?: BrowserContextOptions;
}

/**
 * A coalition of two organisations on the real server, with Ana and Ben each signed in through the sign-in page in
 * a browser context of their own. Everything here exists once the file's hooks have run.
 */
export class TwoPeople {
  coalition!: Coalition;
  asAna!: BrowserContext;
  asBen!: BrowserContext;
  private cuttable: CuttableProxy | undefined;

  constructor(private readonly started: ServerAndBrowser) {}

  get server(): RunningServer {
    return this.started.server;
  }

  get browser(): Browser {
    return this.started.browser;
  }

  /** The relay between Ana's browser and the server, when the file asked for one. */
  get relay(): CuttableProxy {
    if (this.cuttable === undefined) {
      throw new Error('This file did not ask for a relay: twoPeople({ relayForAna: true }).');
    }
    return this.cuttable;
  }

  /** Opens `path` in a new page of `context` at a desktop or phone width, through the relay for Ana when there is one. */
  async open(context: BrowserContext, path: string, width = 1280): Promise<Page> {
    const page = await context.newPage();
    await page.setViewportSize({ width, height: 900 });
    await page.goto(this.urlFor(context) + path);
    return page;
  }

  /** The statement's editor, once its connection to the hub is live and typing reaches the others. */
  async openEditor(context: BrowserContext, id: string, width?: number): Promise<Page> {
    const page = await this.open(context, `/statements/${id}`, width);
    await page.locator('.connection[data-state="live"]').waitFor();
    return page;
  }

  /** Creates the coalition and signs both people in; the hook {@link twoPeople} registers runs it before the file's tests. */
  async start(options: TwoPeopleOptions): Promise<void> {
    if (options.relayForAna) {
      this.cuttable = await CuttableProxy.start(this.server.url);
    }
    this.coalition = await Coalition.create(this.server, administrator, ana, ben);
    [this.asAna, this.asBen] = await Promise.all([this.browser.newContext(options.context), this.browser.newContext(options.context)]);
    await Promise.all([signInThroughPage(this.asAna, this.cuttable ?? this.server, ana), signInThroughPage(this.asBen, this.server, ben)]);
  }

  /** Closes the relay after the file's tests; the browser and the server are stopped by their own hook. */
  async stop(): Promise<void> {
    await this.cuttable?.stop();
  }

  /** Where a context's pages go: Ana's through the relay when there is one, so that cutting it cuts her off. */
  private urlFor(context: BrowserContext): string {
    return context === this.asAna && this.cuttable !== undefined ? this.cuttable.url : this.server.url;
  }
}

/**
 * Registers the hooks of a file whose tests have Ana and Ben work on statements in two browsers, and returns what
 * they set up. The server is started with the administrator, then the coalition is made through the real API.
 */
export function twoPeople(options: TwoPeopleOptions = {}): TwoPeople {
  const people = new TwoPeople(serverAndBrowser(administrator));
  beforeAll(() => people.start(options));
  afterAll(() => people.stop());
  return people;
}
