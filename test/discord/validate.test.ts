/** The shared checker of Discord's limits catches what Discord would refuse, components included. */
import { describe, expect, it } from 'vitest';
import { responseProblems } from '../../src/discord/validate.js';
import { parseOptions } from '../../src/kit/options.js';
import { testApp } from '../support/app.js';

const NO_MENTIONS = { parse: [] };
const button = (custom_id: string, label = 'Next') => ({ type: 2, style: 1, custom_id, label });
const message = (data: Record<string, unknown>) => ({ type: 4, data: { allowed_mentions: NO_MENTIONS, ...data } });

describe('responseProblems', () => {
  it('accepts paging buttons within the limits', () => {
    expect(
      responseProblems(message({ content: 'page 1 of 3', components: [{ type: 1, components: [button('cases:p:0', 'Previous'), button('cases:n:2')] }] })),
    ).toEqual([]);
  });

  it('refuses components Discord would refuse', () => {
    const tooManyRows = Array.from({ length: 6 }, (_, i) => ({ type: 1, components: [button(`b${i}`)] }));
    expect(responseProblems(message({ content: 'x', components: tooManyRows }))).toEqual(['more than 5 action rows']);
    expect(responseProblems(message({ content: 'x', components: [{ type: 1, components: Array.from({ length: 6 }, (_, i) => button(`b${i}`)) }] }))).toEqual([
      'components[0] has more than 5 buttons',
    ]);
    expect(
      responseProblems(
        message({ content: 'x', components: [{ type: 1, components: [button('x'.repeat(101)), button(''), button('a', 'l'.repeat(81)), button('a')] }] }),
      ),
    ).toEqual([
      'components[0].components[0].custom_id must be 1-100 characters',
      'components[0].components[1].custom_id must be 1-100 characters',
      'components[0].components[2].label longer than 80',
      'components[0].components[3].custom_id "a" is used twice',
    ]);
    expect(
      responseProblems(
        message({
          content: 'x',
          components: [
            {
              type: 1,
              components: [{ type: 3, custom_id: 's', options: Array.from({ length: 26 }, (_, i) => ({ label: `${i}`, value: `${i}` })) }, button('b')],
            },
          ],
        }),
      ),
    ).toEqual(['components[0] holds a select menu, which must be alone in its row', 'components[0].components[0] has more than 25 options']);
    expect(responseProblems(message({ content: 'x', components: [button('not in a row')] }))).toEqual([
      'components[0] must be an action row (type 1) with components',
    ]);
    expect(
      responseProblems(message({ content: 'x', components: [{ type: 1, components: [{ type: 2, style: 5, label: 'Source', custom_id: 'x' }] }] })),
    ).toEqual(['components[0].components[0]: a link button needs a url', 'components[0].components[0]: a link button cannot have a custom_id']);
  });

  it('refuses blank messages and blank fields, which Discord trims to nothing', () => {
    expect(responseProblems(message({ content: ' \n ' }))).toEqual(['a message needs content, an embed, a file or components']);
    expect(responseProblems(message({ embeds: [{ fields: [{ name: ' ', value: '\n' }] }] }))).toEqual([
      'embeds[0].fields[0].name must be 1-256, not blank',
      'embeds[0].fields[0].value must be 1-1024, not blank',
    ]);
    // A zero-width space is not blank to Discord: it is how an empty-looking field name is written.
    expect(responseProblems(message({ embeds: [{ fields: [{ name: '\u200b', value: 'x' }] }] }))).toEqual([]);
  });

  it('refuses autocomplete choices whose value is not text or a finite number', () => {
    expect(
      responseProblems({
        type: 8,
        data: {
          choices: [
            { name: 'a', value: Number.NaN },
            { name: 'b', value: null },
            { name: 'c', value: 2019 },
          ],
        },
      }),
    ).toEqual(['choices[0].value must be text or a finite number', 'choices[1].value must be text or a finite number']);
  });
});

describe('the value being typed, for autocomplete', async () => {
  const app = await testApp();
  it("is cut to the option's max_length: Discord never sends more, and a paste must not hold the bot up", () => {
    const definition = app.registry.get('case')!.definition;
    const { focused } = parseOptions(definition, [{ name: 'name', type: 3, value: '杨'.repeat(6000), focused: true }], 'autocomplete');
    expect(focused?.value).toBe('杨'.repeat(100));
  });
});
