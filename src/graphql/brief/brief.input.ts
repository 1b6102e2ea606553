import { Field, InputType } from 'type-graphql';

@InputType('BriefInput', { description: 'What a meeting brief is about: exactly one of jurisdictions, units or platform.' })
export class BriefInput {
  @Field(() => [String], { nullable: true, description: 'Two jurisdictions, e.g. ["重庆市", "四川省"]: the measures units of both share.' })
  jurisdictions?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Two units by any written form, e.g. ["重庆海关", "重庆市政府口岸物流办"]: the measures both are responsible for.' })
  units?: string[] | null;

  @Field(() => String, { nullable: true, description: 'A platform, channel or programme (单一窗口, 西部陆海新通道): the measures that mention it.' })
  platform?: string | null;

  @Field(() => String, { nullable: true, description: 'Limit to one document by its number (渝府办发〔2023〕51号); all loaded documents when omitted.' })
  document?: string | null;
}
