import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

// onnx-proto is installed only with the optional transformers.js backend (see .ci/run), so it is
// imported when used, typed by the little of it this file needs.
interface Creatable {
  create(fields: object): object;
}
interface OnnxProto {
  readonly onnx: {
    readonly TensorProto: Creatable & { readonly DataType: { readonly FLOAT: number; readonly INT64: number } };
    readonly AttributeProto: Creatable & { readonly AttributeType: { readonly INT: number } };
    readonly GraphProto: Creatable;
    readonly NodeProto: Creatable;
    readonly ValueInfoProto: Creatable;
    readonly ModelProto: Creatable & { encode(model: object): { finish(): Uint8Array } };
  };
}
const ONNX_PROTO = 'onnx-proto';

/**
 * Words of the tiny model and the direction each points in: words that share a direction mean
 * the same thing, so a real pipeline over this model ranks "kitten" next to "cat".
 */
const MEANINGS: Record<string, number> = {
  cat: 0, kitten: 0, feline: 0,
  stock: 1, stocks: 1, market: 1, shares: 1,
  rain: 2, weather: 2, storm: 2,
  the: 3, a: 3, sat: 3, fell: 3, on: 3, mat: 3, sharply: 3,
  query: 4, passage: 4,
};
const DIMENSION = 8;

function vectorFor(word: string, index: number): number[] {
  const meaning = MEANINGS[word] ?? 7;
  // Mostly the meaning's axis, plus a small word-specific part so no two words are identical.
  return Array.from({ length: DIMENSION }, (_, axis) => (axis === meaning ? 1 : 0) + (axis === 5 + (index % 3) ? 0.15 : 0));
}

/**
 * Writes a one-layer BERT-like feature-extraction model (token embedding lookup, masked by the
 * attention mask) with its tokenizer and config into `dir`, laid out as transformers.js expects.
 */
export async function writeTinyModel(dir: string): Promise<string> {
  const { onnx } = ((await import(ONNX_PROTO)) as { default: OnnxProto }).default;
  const { DataType } = onnx.TensorProto;
  const vocabulary = ['[PAD]', '[UNK]', '[CLS]', '[SEP]', ...Object.keys(MEANINGS)];
  const table = vocabulary.flatMap((word, index) => (index < 4 ? new Array<number>(DIMENSION).fill(0) : vectorFor(word, index)));
  table.splice(DIMENSION, DIMENSION, ...new Array<number>(DIMENSION).fill(0).map((_, axis) => (axis === 7 ? 1 : 0))); // [UNK]

  const tensorType = (elemType: number, dims: string[]) => ({
    tensorType: { elemType, shape: { dim: dims.map((dimParam) => ({ dimParam })) } },
  });
  const graph = onnx.GraphProto.create({
    name: 'tiny',
    node: [
      onnx.NodeProto.create({ opType: 'Gather', input: ['embeddings', 'input_ids'], output: ['gathered'] }),
      onnx.NodeProto.create({ opType: 'Cast', input: ['attention_mask'], output: ['mask_float'], attribute: [onnx.AttributeProto.create({ name: 'to', type: onnx.AttributeProto.AttributeType.INT, i: DataType.FLOAT })] }),
      onnx.NodeProto.create({ opType: 'Unsqueeze', input: ['mask_float', 'axes'], output: ['mask_3d'] }),
      onnx.NodeProto.create({ opType: 'Mul', input: ['gathered', 'mask_3d'], output: ['last_hidden_state'] }),
    ],
    initializer: [
      onnx.TensorProto.create({ name: 'embeddings', dataType: DataType.FLOAT, dims: [vocabulary.length, DIMENSION], floatData: table }),
      onnx.TensorProto.create({ name: 'axes', dataType: DataType.INT64, dims: [1], int64Data: [2] }),
    ],
    input: [
      onnx.ValueInfoProto.create({ name: 'input_ids', type: tensorType(DataType.INT64, ['batch', 'sequence']) }),
      onnx.ValueInfoProto.create({ name: 'attention_mask', type: tensorType(DataType.INT64, ['batch', 'sequence']) }),
    ],
    output: [onnx.ValueInfoProto.create({ name: 'last_hidden_state', type: tensorType(DataType.FLOAT, ['batch', 'sequence', 'hidden']) })],
  });
  const model = onnx.ModelProto.create({ irVersion: 8, producerName: 'docent-tests', opsetImport: [{ domain: '', version: 13 }], graph });

  await mkdir(path.join(dir, 'onnx'), { recursive: true });
  await writeFile(path.join(dir, 'onnx', 'model_quantized.onnx'), onnx.ModelProto.encode(model).finish());
  await writeFile(path.join(dir, 'config.json'), JSON.stringify({ model_type: 'bert', hidden_size: DIMENSION, vocab_size: vocabulary.length }));
  await writeFile(path.join(dir, 'tokenizer_config.json'), JSON.stringify({ tokenizer_class: 'BertTokenizer', do_lower_case: true, model_max_length: 128, cls_token: '[CLS]', sep_token: '[SEP]', pad_token: '[PAD]', unk_token: '[UNK]' }));
  await writeFile(path.join(dir, 'tokenizer.json'), JSON.stringify({
    version: '1.0',
    truncation: null,
    padding: null,
    added_tokens: vocabulary.slice(0, 4).map((content, id) => ({ id, content, single_word: false, lstrip: false, rstrip: false, normalized: false, special: true })),
    normalizer: { type: 'BertNormalizer', clean_text: true, handle_chinese_chars: true, strip_accents: null, lowercase: true },
    pre_tokenizer: { type: 'BertPreTokenizer' },
    post_processor: {
      type: 'TemplateProcessing',
      single: [{ SpecialToken: { id: '[CLS]', type_id: 0 } }, { Sequence: { id: 'A', type_id: 0 } }, { SpecialToken: { id: '[SEP]', type_id: 0 } }],
      pair: [{ Sequence: { id: 'A', type_id: 0 } }, { Sequence: { id: 'B', type_id: 1 } }],
      special_tokens: { '[CLS]': { id: '[CLS]', ids: [2], tokens: ['[CLS]'] }, '[SEP]': { id: '[SEP]', ids: [3], tokens: ['[SEP]'] } },
    },
    decoder: null,
    model: { type: 'WordLevel', vocab: Object.fromEntries(vocabulary.map((word, id) => [word, id])), unk_token: '[UNK]' },
  }));
  return dir;
}
