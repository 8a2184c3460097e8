import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { AppError } from './app-error.js';
import { problemResponse } from './problem.js';

const appThrowing = (error: AppError) => {
  const app = new Hono();
  app.get('/x', () => {
    throw error;
  });
  app.onError((e, c) => problemResponse(c, e as AppError));
  return app;
};

describe('problemResponse', () => {
  it('never lets extras replace the problem’s own members', async () => {
    const error = new AppError('INVALID_STATE', 'the report is already approved', [], {
      status: 'approved',
      code: 'X',
      type: 'y',
      detail: 'z',
      errors: 'none',
      requestId: 'forged',
      reportStatus: 'approved',
    });
    const body = (await (await appThrowing(error).request('/x')).json()) as Record<string, unknown>;
    expect(body).toMatchObject({ status: 409, code: 'INVALID_STATE', reportStatus: 'approved', errors: [] });
    expect(body.type).toBe('https://jicai.local/problems/invalid-state');
    expect(body.detailEn).toBe('the report is already approved');
    expect(body.requestId).toBeUndefined();
  });

  it('answers in zh-CN unless English is preferred, always carrying both', async () => {
    const error = new AppError('NOT_FOUND', { en: 'round not found', zh: '未找到该轮次' });
    const ask = async (language?: string) => {
      const res = await appThrowing(error).request('/x', {
        headers: language ? { 'accept-language': language } : {},
      });
      return { language: res.headers.get('content-language'), ...((await res.json()) as object) };
    };
    expect(await ask()).toMatchObject({ language: 'zh-CN', detail: '未找到该轮次', title: '未找到' });
    expect(await ask('en-GB')).toMatchObject({
      language: 'en',
      detail: 'round not found',
      title: 'Not found',
    });
    expect(await ask('fr, en;q=0.5, zh;q=0.4')).toMatchObject({ language: 'en' });
    expect(await ask('en;q=0.3, zh-TW;q=0.8')).toMatchObject({ language: 'zh-CN' });
    expect(await ask('de')).toMatchObject({
      language: 'zh-CN',
      detailEn: 'round not found',
      detailZh: '未找到该轮次',
    });
  });

  it('gives a message without a Chinese wording the Chinese title, and field problems both forms', async () => {
    const error = new AppError('CONFLICT', 'already registered', [
      { path: 'specId', message: 'already registered' },
    ]);
    const body = (await (await appThrowing(error).request('/x')).json()) as Record<string, unknown>;
    expect(body.detail).toBe('与当前数据冲突：already registered');
    expect(body.errors).toEqual([
      { path: 'specId', message: 'already registered', messageZh: 'already registered' },
    ]);
  });
});
